import { z } from 'zod';
import type { AdaptiveCard } from '../../cards/render';
import { renderSetupCard } from '../../cards/setupCard';
import { SetupVerb } from '../../cards/setupVerbs';
import { inspectSetup, runSetup } from '../../sync/setup';
import { setupOf, setupRuns } from '../setup/deps';
import { turnLogger } from '../turn/logger';
import { updateCard } from '../turn/reply';
import { defineVerb } from './verb';

/**
 * "Create what is missing and test the connection". The card says only which target; the plan is
 * read again from Graph here, and the one card is updated after every step.
 */
export const setupRunVerb = defineVerb({
  verb: SetupVerb.run,
  role: 'operator',
  title: 'Setting up sync to a new target',
  data: z.object({ target: z.string().uuid() }),
  handler:
    (deps) =>
    async (ctx, _state, { target }) => {
      const setup = setupOf(deps);
      const log = turnLogger(ctx, deps.logger).child({ verb: SetupVerb.run });
      const cardId = ctx.activity.replyToId;
      const update = async (card: AdaptiveCard) => {
        if (!cardId) return;
        // A failed progress update must not stop the setup: the final card comes back as the invoke response.
        await updateCard(ctx, cardId, card, log).catch((err: unknown) => log.warn({ err }, 'setup card update failed'));
      };
      return setupRuns(setup).run(target.toLowerCase(), async () => {
        const plan = await inspectSetup({
          gateway: setup.gateway,
          targets: setup.targets,
          sourceTenantId: setup.sourceTenantId,
          target,
        });
        const run = await runSetup({
          gateway: setup.gateway,
          plan,
          logger: log,
          onProgress: (steps) => update(renderSetupCard({ plan, steps, buttons: [] })),
        });
        log.info({ outcome: run.outcome, configuration: run.configuration?.servicePrincipalId }, 'setup finished');
        const final = renderSetupCard({ plan, steps: run.steps, run, buttons: [] });
        // Also as the last update: a client may apply progress updates after the invoke response, and must end on this card.
        await update(final);
        return final;
      });
    },
});
