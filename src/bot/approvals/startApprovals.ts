import type { BotAdapter } from 'botbuilder';
import { ApprovalService } from '../../approvals/service';
import type { AppConfig } from '../../config';
import type { GraphGateway } from '../../graph/gateway';
import type { Logger } from '../../logging';
import type { DurableStorage } from '../../storage';
import type { ApprovalsSetup } from './deps';
import { resumeInterruptedApprovals } from './publishDecision';
import { approvalBotDeps } from './setup';

/** For the composition root: the approvals service, and the start-up resume of interrupted applies. */
export function createApprovals(options: { config: AppConfig; storage: DurableStorage; gateway: GraphGateway; adapter: BotAdapter; logger: Logger }): {
  setup: ApprovalsSetup;
  resume(): Promise<void>;
} {
  const { config, gateway, logger } = options;
  const service = new ApprovalService({ storage: options.storage, gateway, policy: config.approvals, logger, instanceId: config.instanceId });
  const setup: ApprovalsSetup = { service, gateway };
  return {
    setup,
    async resume() {
      try {
        // Another instance may be applying right now: only applies idle for a minute are taken over.
        // With SQLite this is the only instance, so whatever is still applying was cut off by our own restart.
        const olderThanMs = config.storage.backend === 'sqlite' ? 0 : 60_000;
        await resumeInterruptedApprovals(approvalBotDeps(setup, options.adapter, config.bot?.appId ?? '', config.roles), logger, olderThanMs);
      } catch (error) {
        logger.error({ err: error }, 'could not resume interrupted approvals');
      }
    },
  };
}
