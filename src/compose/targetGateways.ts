import type { GraphSettings } from '../config';
import { createGraphGateway } from '../graph/createGraphGateway';
import type { GraphGateway } from '../graph/gateway';
import type { Logger } from '../logging';
import type { TargetGateways } from '../sync/setup';

/**
 * The composition root's lookup of target-tenant gateways, handed to the services as TargetGateways: one gateway per
 * target tenant the bot has credentials for (TARGET_TENANT_CREDENTIALS), built when first asked.
 */
export function targetGateways(
  settings: readonly GraphSettings[],
  logger: Logger,
): TargetGateways & ((tenantId: string) => GraphGateway | undefined) {
  const built = new Map<string, GraphGateway>();
  const byTenant = new Map(settings.map((s) => [s.credential.tenantId.toLowerCase(), s]));
  return (tenantId) => {
    const key = tenantId.toLowerCase();
    const found = byTenant.get(key);
    if (!found) return undefined;
    if (!built.has(key))
      built.set(key, createGraphGateway({ settings: found, logger: logger.child({ targetTenant: key }) }));
    return built.get(key);
  };
}
