import { z } from 'zod';
import type { AdaptiveCard } from '../../../cards/render';
import { renderSetupCard } from '../../../cards/setupCard';
import { SetupVerb } from '../../../cards/setupVerbs';
import { defineOperation } from '../../operations/operation';
import { updateCard } from '../../turn/reply';
import { withGraphWaitListener } from '../../../graphWaits';
import { withWaitLine } from '../../shared/graphWaitLine';
import type { SetupServices } from './services';

/**
 * "Create what is missing and test the connection". The card says only which target; the plan is
 * read again from Graph here, and the one card is updated after every step.
 */
export const setupRun = defineOperation<SetupServices>()({
  name: 'setupRun',
  title: 'Create what is missing and test the connection',
  role: 'operator',
  button: {
    verb: SetupVerb.run,
    title: 'Setting up sync to a new target',
    data: z.object({ target: z.string().uuid() }),
    run:
      ({ inspect, run, runs }) =>
      async ({ context, log }, { target }) => {
        const cardId = context.activity.replyToId;
        const update = async (card: AdaptiveCard) => {
          if (!cardId) return;
          // A failed progress update must not stop the setup: the final card comes back as the invoke response.
          await updateCard(context, cardId, card, log).catch((err: unknown) =>
            log.warn({ err }, 'setup card update failed'),
          );
        };
        return runs.run(target.toLowerCase(), async () => {
          const plan = await inspect(target);
          let shown = renderSetupCard({ plan, steps: [], buttons: [] });
          const progress = (card: AdaptiveCard) => ((shown = card), update(card));
          // Waiting out replication of the new configuration (up to a minute) shows on the card.
          const result = await withGraphWaitListener(
            (wait) => void update(withWaitLine(shown, wait)),
            () => run(plan, log, (steps) => progress(renderSetupCard({ plan, steps, buttons: [] }))),
          );
          log.info(
            { outcome: result.outcome, configuration: result.configuration?.servicePrincipalId },
            'setup finished',
          );
          const final = renderSetupCard({ plan, steps: result.steps, run: result, buttons: [] });
          // Also as the last update: a client may apply progress updates after the invoke response, and must end
          // on this card.
          await update(final);
          return final;
        });
      },
  },
});
