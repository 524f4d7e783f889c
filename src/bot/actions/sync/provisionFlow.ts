import type { TurnContext } from 'botbuilder';
import { renderProvisioningBatchCard, BatchRow } from '../../../cards/provisioningBatch';
import type { AdaptiveCard } from '../../../cards/render';
import { CodedError, ErrorCode } from '../../../errors';
import type { Logger } from '../../../logging';
import type { DirectoryUser, SyncConfiguration } from '../../../domain';
import type { ConfigurationChoice } from '../../../sync/provisioning/chooseConfiguration';
import type { OutcomeView } from '../../../sync/provisioning/describeOutcome';
import type { AssignmentMemo } from '../../../sync/provisioning/userScope';
import type { UserResolution } from '../../../sync/users/resolveUser';
import type { BotDeps } from '../../deps';
import { describeError } from '../../errors/describeError';
import { reportError } from '../../errors/replyWithError';
import { excerpt } from '../../planner/normalize';
import { LiveCard, openLiveCard, showWhileWorking } from '../../shared/liveCard';
import { operationsOf } from './operations';
import { configurationOfButton } from '../../shared/pickConfiguration';
import * as cards from './provisionCards';
import { progressCard } from '../../shared/workingCards';

export interface Where {
  /** A configuration already chosen (a card button). */
  configurationId?: string;
  /** "to Fabrikam": a configuration or target tenant name. */
  target?: string;
}

/** "provision Adele Vance now": one user, one card that walks through each step. */
export async function provisionNamed(
  ctx: TurnContext,
  deps: BotDeps,
  log: Logger,
  name: string,
  where: Where,
): Promise<AdaptiveCard> {
  const ops = operationsOf(deps);
  return showWhileWorking(
    ctx,
    log,
    progressCard(`Provisioning ${excerpt(name, 80)}`, '', 'Looking up the user in your tenant…'),
    async (live) => {
      const found = await ops.provisioning.resolveUser(name);
      if (found.kind !== 'found') return unresolvedCard(deps, found, where);
      return provisionFound(deps, log, live, found.user, where);
    },
  );
}

/** A card button naming a user by id: the id is looked up again before anything runs. */
export async function provisionById(
  ctx: TurnContext,
  deps: BotDeps,
  log: Logger,
  userId: string,
  where: Where,
): Promise<AdaptiveCard> {
  const ops = operationsOf(deps);
  return showWhileWorking(
    ctx,
    log,
    progressCard('Provisioning', '', 'Looking up the user in your tenant…'),
    async (live) => {
      const found = await ops.provisioning.resolveUserById(userId);
      if (found.kind === 'invalid' || found.kind === 'unknown') {
        throw new CodedError(
          ErrorCode.StaleAction,
          'That user no longer exists in your tenant, or never was one of its users. Nothing was changed.',
          { userId: userId.slice(0, 64) },
        );
      }
      if (found.kind !== 'found') return unresolvedCard(deps, found, where);
      return provisionFound(deps, log, live, found.user, where);
    },
  );
}

async function provisionFound(
  deps: BotDeps,
  log: Logger,
  live: LiveCard,
  user: DirectoryUser,
  where: Where,
): Promise<AdaptiveCard> {
  const ops = operationsOf(deps);
  if (where.configurationId)
    return provisionInto(deps, log, live, await configurationOfButton(deps, where.configurationId), user);
  await live.show(
    progressCard(
      `Provisioning ${user.displayName}`,
      user.userPrincipalName,
      `Finding the configuration whose scope holds ${user.displayName}…`,
    ),
  );
  const choice = await ops.provisioning.chooseConfiguration(user, where.target);
  switch (choice.kind) {
    case 'chosen':
      return provisionInto(deps, log, live, choice.check.config, user);
    case 'several':
      return cards.configurationChoiceCard(user, choice.checks);
    case 'outOfScope':
      return cards.outOfScopeCard(user, choice.checks, ops.knowledge);
    case 'unknownTarget':
      return cards.unknownTargetCard(choice.typed, choice.known);
    case 'noConfigurations':
      return cards.noConfigurationsCard();
  }
}

async function provisionInto(
  deps: BotDeps,
  log: Logger,
  live: LiveCard,
  config: SyncConfiguration,
  user: DirectoryUser,
): Promise<AdaptiveCard> {
  const title = `Provisioning ${user.displayName}`;
  const subtitle = cards.subtitleOf(config, user);
  const say = (headline: string) => live.show(progressCard(title, subtitle, headline));
  await say(`Calling provision on demand for ${config.displayName}…`);
  const result = await operationsOf(deps).provisioning.provision(config, user, async (e) => {
    if (e.stage === 'waiting') {
      const seconds = Math.ceil(e.waitMs / 1000);
      await say(
        e.reason === 'rateLimit'
          ? `Waiting ${seconds} s: provision on demand allows 5 requests per 10 seconds for ${config.displayName}…`
          : `Microsoft Graph asked me to wait ${seconds} s (throttling); I will try again then…`,
      );
    } else if (e.stage === 'checkingSettings') {
      await say('It failed: checking the tenant settings behind the error…');
    }
  });
  log.info(
    {
      configuration: config.displayName,
      userId: user.id,
      action: result.outcome.action,
      status: result.outcome.status,
      code: result.outcome.error?.code,
    },
    'provisioned on demand',
  );
  return cards.resultCard(config, user, result, deps.verbs);
}

function unresolvedCard(deps: BotDeps, found: Exclude<UserResolution, { kind: 'found' }>, where: Where): AdaptiveCard {
  const data: Record<string, string> = {};
  if (where.configurationId) data.configurationId = where.configurationId;
  if (where.target) data.target = where.target.slice(0, 200);
  switch (found.kind) {
    case 'ambiguous':
    case 'unknown':
      return cards.userChoiceCard(found, data);
    case 'notInternal':
      return cards.notInternalCard(found, operationsOf(deps).knowledge);
    case 'invalid':
      return cards.invalidUserCard(found);
  }
}

/** "provision Adele, Lee and Megan": one card, one row per user, each provisioned with the configuration whose scope holds them. */
export async function provisionMany(
  ctx: TurnContext,
  deps: BotDeps,
  log: Logger,
  names: string[],
  target?: string,
): Promise<AdaptiveCard> {
  const ops = operationsOf(deps);
  const rows: BatchRow[] = names.map((n) => ({
    name: excerpt(n, 80),
    state: 'pending',
    headline: 'Looking up the user…',
  }));
  const title = `Provisioning ${names.length} users`;
  const subtitle = target ? `To ${excerpt(target, 60)}` : 'Each with the configuration whose scope holds them';
  const card = (footer?: string) => renderProvisioningBatchCard({ title, subtitle, rows, footer });
  const live = await openLiveCard(ctx, card(), log);
  const assignments: AssignmentMemo = new Map();
  await Promise.all(
    names.map(async (name, i) => {
      const set = (row: Partial<BatchRow>) => {
        rows[i] = { ...rows[i], ...row };
        return live.show(card());
      };
      try {
        const found = await ops.provisioning.resolveUser(name);
        if (found.kind !== 'found') return await set(unresolvedRow(found));
        const user = found.user;
        await set({ name: user.displayName, headline: 'Finding the configuration whose scope holds the user…' });
        const choice = await ops.provisioning.chooseConfiguration(user, target, assignments);
        if (choice.kind !== 'chosen') return await set(unchosenRow(user, choice));
        const config = choice.check.config;
        await set({ headline: `Queued for ${config.displayName} (5 requests per 10 seconds per configuration)…` });
        const result = await ops.provisioning.provision(config, user, (e) => {
          if (e.stage === 'waiting')
            void set({
              state: 'pending',
              headline: `Waiting ${Math.ceil(e.waitMs / 1000)} s for ${config.displayName}'s rate limit…`,
            });
          if (e.stage === 'calling')
            void set({ state: 'running', headline: `Provisioning with ${config.displayName}…` });
        });
        await set(viewRow(result.view));
      } catch (error) {
        const view = describeError(error);
        reportError(error, log);
        await set({ state: 'failure', headline: view.title, details: [view.message] });
      }
    }),
  );
  const done = rows.filter((r) => r.state === 'success').length;
  const final = card(`${done} of ${names.length} done. Ask "what happened to <name>" for every step of one user.`);
  await live.finish(final);
  return final;
}

function viewRow(view: OutcomeView): Partial<BatchRow> {
  const state =
    view.result === 'failed' ? 'failure' : view.result === 'skipped' || view.result === 'held' ? 'skipped' : 'success';
  const details = [
    ...view.details,
    ...view.findings
      .filter((f) => f.state === 'wrong')
      .map((f) => `${f.tenant} (${f.side}): ${f.setting} ${f.observed}.`),
  ];
  if (view.error) details.push(`Fix: ${view.error.fix}`);
  return { state, headline: view.headline, details: details.slice(0, 4) };
}

function unresolvedRow(found: Exclude<UserResolution, { kind: 'found' }>): Partial<BatchRow> {
  switch (found.kind) {
    case 'ambiguous':
      return {
        state: 'warning',
        headline: `Several users match: ${found.candidates
          .slice(0, 4)
          .map((u) => u.displayName)
          .join(', ')}. Ask for one of them.`,
      };
    case 'unknown':
      return {
        state: 'failure',
        headline:
          found.suggestions.length > 0
            ? `No such user. Did you mean ${found.suggestions
                .slice(0, 3)
                .map((u) => u.displayName)
                .join(', ')}?`
            : 'No such user in your tenant.',
      };
    case 'notInternal':
      return { name: found.user.displayName, state: 'skipped', headline: found.reason };
    case 'invalid':
      return { state: 'failure', headline: found.reason };
  }
}

function unchosenRow(user: DirectoryUser, choice: Exclude<ConfigurationChoice, { kind: 'chosen' }>): Partial<BatchRow> {
  switch (choice.kind) {
    case 'several':
      return {
        state: 'warning',
        headline: `In scope of ${choice.checks.map((c) => c.config.displayName).join(' and ')}: ask "provision ${user.displayName} to <configuration>".`,
      };
    case 'outOfScope':
      return {
        state: 'skipped',
        headline: 'Not in the scope of any configuration: nothing was changed.',
        details: choice.checks.map((c) => `${c.config.displayName}: ${c.reason}.`),
      };
    case 'unknownTarget':
      return { state: 'failure', headline: `No configuration is named or targets "${excerpt(choice.typed, 40)}".` };
    case 'noConfigurations':
      return { state: 'failure', headline: 'This tenant has no configuration with a provisioning job.' };
  }
}
