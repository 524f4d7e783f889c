import type { GraphGateway } from '../graph/gateway';
import type { Logger } from '../logging';
import type { ApprovalRequest } from './model';

export type OutcomeGateway = Pick<GraphGateway, 'listProvisioningLogs'>;

/**
 * What provisioning did for an applied change to one user, from the first provisioning log
 * entry after the change (undefined until there is one). Groups are many users: not looked up.
 */
export async function provisioningOutcome(
  gateway: OutcomeGateway,
  request: ApprovalRequest,
): Promise<string | undefined> {
  const change = request.change;
  if (request.status !== 'applied' || !request.result) return undefined;
  if ((change.kind !== 'addPrincipal' && change.kind !== 'removePrincipal') || change.principal.type !== 'User')
    return undefined;
  const page = await gateway.listProvisioningLogs({
    servicePrincipalId: request.configurationId,
    sourceUserId: change.principal.id,
    since: new Date(request.result.at),
    top: 5,
  });
  const entry = page.items.at(-1);
  if (!entry) return undefined;
  const error = entry.error ? ` (${entry.error.code})` : '';
  return (
    `${entry.action} ${entry.status}${error}, ${entry.activityDateTime.slice(0, 16).replace('T', ' ')} ` +
    `UTC${entry.changeId ? `, change id ${entry.changeId}` : ''}`
  );
}

/** The requests, each applied change with its provisioning outcome when the logs know it (a failed read is logged). */
export function withProvisioningOutcomes(
  gateway: OutcomeGateway,
  requests: readonly ApprovalRequest[],
  log: Logger,
): Promise<ApprovalRequest[]> {
  return Promise.all(
    requests.map(async (r) => {
      try {
        const provisioning = await provisioningOutcome(gateway, r);
        return provisioning && r.result ? { ...r, result: { ...r.result, provisioning } } : r;
      } catch (error) {
        log.warn({ err: error, requestId: r.id }, 'could not read the provisioning outcome');
        return r;
      }
    }),
  );
}
