import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../../../cards/render';
import type { Logger } from '../../../logging';
import { restartOption } from '../../../sync/jobs/restartOptions';
import type { SyncConfiguration } from '../../../domain';
import type { BotDeps } from '../../deps';
import * as cards from './jobCards';
import { workingCard } from '../../shared/workingCards';
import { showWhileWorking } from '../../shared/liveCard';
import { operationsOf } from './operations';

/** Runs job work behind a "working…" card that the result (or the error) replaces in place. */
export function withWorkingCard(
  ctx: TurnContext,
  log: Logger,
  config: SyncConfiguration,
  headline: string,
  work: () => Promise<AdaptiveCard>,
): Promise<AdaptiveCard> {
  return showWhileWorking(ctx, log, workingCard(config, headline), work);
}

export function testConnection(
  ctx: TurnContext,
  deps: BotDeps,
  log: Logger,
  config: SyncConfiguration,
): Promise<AdaptiveCard> {
  return withWorkingCard(
    ctx,
    log,
    config,
    `Testing the connection to ${config.target?.displayName ?? 'the target tenant'} and reading both tenants' settings…`,
    async () => {
      const report = await operationsOf(deps).jobs.testConnection(config);
      log.info({ configuration: config.displayName, ok: report.ok, code: report.code }, 'tested the connection');
      return cards.connectionCard(config, report, deps.verbs);
    },
  );
}

export function startJob(
  ctx: TurnContext,
  deps: BotDeps,
  log: Logger,
  config: SyncConfiguration,
): Promise<AdaptiveCard> {
  return withWorkingCard(ctx, log, config, 'Starting provisioning…', async () => {
    const before = config.job?.status;
    const job = await operationsOf(deps).jobs.start(config);
    log.info({ configuration: config.displayName, status: job.status }, 'started the job');
    const lines = [
      before === 'Quarantine'
        ? 'Started: the quarantine is cleared and the job runs on its schedule again.'
        : 'Started: the job runs on its schedule (a cycle about every 40 minutes).',
    ];
    if (job.status === 'Quarantine')
      lines.push('It is still quarantined: fix the cause first (ask "explain" with the quarantine reason).');
    return cards.jobResultCard(config, `${config.displayName} is running`, lines, job, deps.verbs);
  });
}

export function pauseJob(
  ctx: TurnContext,
  deps: BotDeps,
  log: Logger,
  config: SyncConfiguration,
): Promise<AdaptiveCard> {
  return withWorkingCard(ctx, log, config, 'Pausing provisioning…', async () => {
    const job = await operationsOf(deps).jobs.pause(config);
    log.info({ configuration: config.displayName, status: job.status }, 'paused the job');
    return cards.jobResultCard(
      config,
      `${config.displayName} is paused`,
      ['Paused: a cycle already running finishes, then nothing syncs until you start it again. Its progress is kept.'],
      job,
      deps.verbs,
    );
  });
}

/** The confirmation step of a restart: current state, the restart options and the warning. */
export async function askRestart(deps: BotDeps, config: SyncConfiguration): Promise<AdaptiveCard> {
  return cards.restartConfirmCard(config, await operationsOf(deps).jobs.status(config));
}

export async function restart(
  ctx: TurnContext,
  deps: BotDeps,
  log: Logger,
  config: SyncConfiguration,
  optionKey: string,
): Promise<AdaptiveCard> {
  const option = restartOption(optionKey) ?? restartOption('portal')!;
  return withWorkingCard(ctx, log, config, 'Restarting provisioning…', async () => {
    const job = await operationsOf(deps).jobs.restart(config, option);
    log.info({ configuration: config.displayName, option: option.key, status: job.status }, 'restarted the job');
    return cards.jobResultCard(
      config,
      `${config.displayName} restarted`,
      cards.restartedLines(option),
      job,
      deps.verbs,
    );
  });
}

/** The confirmation step of "allow deletes": who is held back, or that nothing is. */
export async function askAllowDeletes(deps: BotDeps, config: SyncConfiguration): Promise<AdaptiveCard> {
  const jobs = operationsOf(deps).jobs;
  const held = await jobs.heldDeletes(config);
  return held
    ? cards.allowDeletesConfirmCard(config, held)
    : cards.nothingHeldCard(config, await jobs.status(config), deps.verbs);
}

export async function allowDeletes(
  ctx: TurnContext,
  deps: BotDeps,
  log: Logger,
  config: SyncConfiguration,
): Promise<AdaptiveCard> {
  return withWorkingCard(
    ctx,
    log,
    config,
    'Allowing the held-back deletions (restart with ForceDeletes)…',
    async () => {
      const job = await operationsOf(deps).jobs.allowDeletes(config);
      log.info({ configuration: config.displayName, status: job.status }, 'allowed the held-back deletions');
      return cards.jobResultCard(
        config,
        `Deletions allowed for ${config.displayName}`,
        [
          'Restarted with ForceDeletes: the quarantine is lifted and the next cycle carries out the held-back deletions (soft deletes, restorable for 30 days).',
        ],
        job,
        deps.verbs,
      );
    },
  );
}
