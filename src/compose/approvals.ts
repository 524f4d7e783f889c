import type { BotAdapter } from 'botbuilder';
import { ApprovalService } from '../approvals/service';
import type { AppConfig } from '../config';
import type { GraphGateway } from '../graph/gateway';
import type { WritesFor } from '../graph/writesFor';
import type { Logger } from '../logging';
import type { DurableStorage } from '../storage';
import type { SetupService } from '../sync/setup';
import type { ApprovalsSetup } from '../bot/features/approvals/services';
import { resumeInterruptedApprovals } from '../bot/features/approvals/publishDecision';
import { approvalBotDeps } from '../bot/features/approvals/approvalBotDeps';

const PURGE_EVERY_MS = 3600_000;

/** For the composition root: the approvals service, and the resume of applies interrupted by a dead process. */
export function createApprovals(options: {
  config: AppConfig;
  storage: DurableStorage;
  gateway: GraphGateway;
  adapter: BotAdapter;
  logger: Logger;
  /** Runs guided setup once its request is approved. */
  setup?: SetupService;
  /** Approved changes are applied with the last approver's token when given (GRAPH_WRITES=user). */
  writes?: WritesFor;
}): {
  setup: ApprovalsSetup;
  /** Resumes interrupted applies now; with shared storage also every APPROVAL_RESUME_SECONDS, until stop. */
  start(): void;
  stop(): Promise<void>;
} {
  const { config, gateway, logger } = options;
  const service = new ApprovalService({
    storage: options.storage,
    gateway,
    policy: config.approvals,
    logger,
    instanceId: config.instanceId,
    setup: options.setup,
    writes: options.writes,
  });
  const setup: ApprovalsSetup = { service };
  const shared = config.storage.backend !== 'sqlite';
  const everyMs = config.approvals.resumeAfterSeconds * 1000;
  let timer: NodeJS.Timeout | undefined;
  let purgeTimer: NodeJS.Timeout | undefined;
  let stopped = false;

  /** Expired drafts and closed requests past their retention are deleted at start, then hourly. */
  async function purge(): Promise<void> {
    try {
      await service.purge();
    } catch (error) {
      logger.warn({ err: error }, 'could not delete expired approval items');
    }
  }

  async function resume(olderThanMs: number): Promise<void> {
    try {
      await resumeInterruptedApprovals(
        approvalBotDeps(setup, options.adapter, config.bot?.appId ?? '', config.roles),
        logger,
        olderThanMs,
      );
    } catch (error) {
      logger.error({ err: error }, 'could not resume interrupted approvals');
    }
  }
  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => void resume(everyMs).then(schedule), everyMs);
    timer.unref();
  }

  return {
    setup,
    start() {
      // With SQLite this is the only instance: whatever is still applying was cut off by our own restart.
      // With shared storage another instance may be applying right now: only applies idle for a while are
      // taken over, at start and then periodically, because an instance that dies mid-apply has no successor
      // that starts after it when the others keep running.
      void resume(shared ? everyMs : 0).then(() => (shared ? schedule() : undefined));
      void purge();
      purgeTimer = setInterval(() => void purge(), PURGE_EVERY_MS);
      purgeTimer.unref();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clearInterval(purgeTimer);
    },
  };
}
