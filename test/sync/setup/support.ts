import type { GraphGateway } from '../../../src/graph/gateway';
import type { TargetGateways } from '../../../src/sync/setup';
import { gatewayFor, tenantOf } from '../../graph/simulator/simulatorGateway';
import type { TestSimulator } from '../../support/simulator';

/**
 * The source gateway and the target gateways the bot would have with TARGET_TENANT_CREDENTIALS set for `withAccessTo`.
 */
export function setupGateways(sim: TestSimulator, withAccessTo: string[] = []) {
  const source = tenantOf(sim, 'source');
  const sourceGateway = gatewayFor(sim, source);
  const targets = new Map<string, GraphGateway>(
    withAccessTo.map((name) => [tenantOf(sim, name).tenantId, gatewayFor(sim, tenantOf(sim, name)).gateway]),
  );
  const targetGateways: TargetGateways = (tenantId) => targets.get(tenantId.toLowerCase());
  return {
    source,
    gateway: sourceGateway.gateway,
    lines: sourceGateway.lines,
    requests: sourceGateway.requests,
    targets: targetGateways,
    targetGateway: (name: string) => targets.get(tenantOf(sim, name).tenantId)!,
  };
}
