import type { ActingUser } from '../../domain';
import type { Logger } from '../../logging';
import { inspectSetup } from './inspectSetup';
import { runSetup } from './runSetup';
import type { SetupGateway, SetupPlan, SetupRun, SetupStep, TargetGateways } from './types';

/** Guided setup of a configuration to a new target tenant, over the source tenant and the targets it can read. */
export interface SetupService {
  /** What exists and what is missing for synchronizing to the target (a verified domain name or a tenant id). */
  inspect(target: string): Promise<SetupPlan>;
  /** Runs the missing steps of a plan read just now (inspect), reporting each step as it goes. */
  run(
    plan: SetupPlan,
    options: {
      logger: Logger;
      onProgress?: (steps: SetupStep[]) => Promise<void>;
      /** Trust the target's MFA and compliant-device claims (only when asked for). */
      trust?: boolean;
      /** Whose token the source tenant's changes are made with (GRAPH_WRITES=user): the approver who completed it. */
      by?: ActingUser;
    },
  ): Promise<SetupRun>;
}

export function createSetupService(deps: {
  gateway: SetupGateway;
  /** Gateways for target tenants the bot also has credentials for (built by the composition root). */
  targets: TargetGateways;
  sourceTenantId: string;
  /** The accidental-deletion threshold new configurations get (SETUP_DELETE_THRESHOLD). */
  deleteThreshold?: number;
  /**
   * The gateway the source tenant's changes are made through for their person (src/graph/writesFor.ts); the app's
   * gateway by default. Inspecting (both tenants) stays app-only; the target tenant is only ever read.
   */
  writes?: (by: ActingUser | undefined) => SetupGateway;
}): SetupService {
  const { gateway, targets, sourceTenantId, deleteThreshold } = deps;
  const writes = deps.writes ?? (() => gateway);
  return {
    inspect: (target) => inspectSetup({ gateway, targets, sourceTenantId, target }),
    run: async (plan, { by, ...options }) => runSetup({ gateway: writes(by), plan, deleteThreshold, ...options }),
  };
}
