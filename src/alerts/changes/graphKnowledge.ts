import { assignedScope, countedGroupMembers, ScopeGateway } from '../../approvals/scope';
import type { GraphGateway } from '../../graph/gateway';
import type { ChangeKnowledge } from './auditSource';

/**
 * What change watch knows beyond the monitor's snapshot, read from Graph only when a relevant entry arrived: the
 * configurations with their targets (the listing), and who left scope when an assignment went (the remaining
 * assignments' members against the removed group's members).
 */
export function graphChangeKnowledge(
  gateway: ScopeGateway & Pick<GraphGateway, 'listConfigurations' | 'findTenantsById'>,
): ChangeKnowledge {
  return {
    async configurations() {
      const configs = await gateway.listConfigurations();
      // The secrets name the target by id only: its name comes from the tenant lookup, in one $batch round trip.
      const ids = [...new Set(configs.flatMap((c) => (c.target && !c.target.displayName ? [c.target.tenantId] : [])))];
      const tenants = ids.length > 0 ? await gateway.findTenantsById(ids).catch(() => []) : [];
      const nameOf = (id: string | undefined) => tenants.find((t) => t.tenantId === id)?.displayName;
      return configs.map((c) => ({
        servicePrincipalId: c.servicePrincipalId,
        displayName: c.displayName,
        targetTenantId: c.target?.tenantId,
        targetName: c.target?.displayName ?? nameOf(c.target?.tenantId) ?? c.target?.defaultDomainName,
        allUsers: c.scopeMode === 'allUsers',
      }));
    },
    async leavingAfterRemoval(servicePrincipalId, principal) {
      const scope = await assignedScope(gateway, await gateway.listAssignments(servicePrincipalId));
      if (principal.type === 'User') return scope.has(principal.id) ? 0 : 1;
      const counted = await countedGroupMembers(gateway, principal.id);
      if (!counted.complete) return undefined;
      return counted.members.filter((m) => !scope.has(m.id)).length;
    },
  };
}
