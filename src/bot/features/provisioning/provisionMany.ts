import { renderProvisioningBatchCard, BatchRow } from '../../../cards/provisioningBatch';
import type { AdaptiveCard } from '../../../cards/render';
import type { AssignmentMemo } from '../../../sync/provisioning/userScope';
import { describeError } from '../../errors/describeError';
import { reportError } from '../../errors/replyWithError';
import type { OperationTurn } from '../../operations/operation';
import { excerpt } from '../../planner/normalize';
import { openLiveCard } from '../../shared/liveCard';
import { unchosenRow, unresolvedRow, viewRow } from './batchRows';
import type { ProvisioningServices } from './services';

/**
 * "provision Adele, Lee and Megan": one card, one row per user, each provisioned with the configuration whose
 * scope holds them.
 */
export async function provisionMany(
  services: ProvisioningServices,
  { context, log, actingUser }: OperationTurn,
  names: string[],
  target?: string,
): Promise<AdaptiveCard> {
  const { provisioning } = services;
  const rows: BatchRow[] = names.map((n) => ({
    name: excerpt(n, 80),
    state: 'pending',
    headline: 'Looking up the user…',
  }));
  const title = `Provisioning ${names.length} users`;
  const subtitle = target ? `To ${excerpt(target, 60)}` : 'Each with the configuration whose scope holds them';
  const card = (footer?: string) => renderProvisioningBatchCard({ title, subtitle, rows, footer });
  const live = await openLiveCard(context, card(), log);
  const assignments: AssignmentMemo = new Map();
  await Promise.all(
    names.map(async (name, i) => {
      const set = (row: Partial<BatchRow>) => {
        rows[i] = { ...rows[i], ...row };
        return live.show(card());
      };
      try {
        const found = await provisioning.resolveUser(name);
        if (found.kind !== 'found') return await set(unresolvedRow(found));
        const user = found.user;
        await set({ name: user.displayName, headline: 'Finding the configuration whose scope holds the user…' });
        const choice = await provisioning.chooseConfiguration(user, target, assignments);
        if (choice.kind !== 'chosen') return await set(unchosenRow(user, choice));
        const config = choice.check.config;
        await set({ headline: `Queued for ${config.displayName} (5 requests per 10 seconds per configuration)…` });
        const result = await provisioning.provision(
          config,
          user,
          (e) => {
            if (e.stage === 'waiting')
              void set({
                state: 'pending',
                headline: `Waiting ${Math.ceil(e.waitMs / 1000)} s for ${config.displayName}'s rate limit…`,
              });
            if (e.stage === 'calling')
              void set({ state: 'running', headline: `Provisioning with ${config.displayName}…` });
          },
          actingUser,
        );
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
