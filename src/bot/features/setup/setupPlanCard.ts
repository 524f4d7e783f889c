import { renderSetupCard } from '../../../cards/setupCard';
import { SetupVerb } from '../../../cards/setupVerbs';
import type { AdaptiveCard } from '../../../cards/render';
import type { SetupPlan } from '../../../sync/setup';

/** The plan card, with the confirm button only when there is something the bot may do and the verb has a route. */
export function setupPlanCard(plan: SetupPlan, verbs: ReadonlySet<string>): AdaptiveCard {
  const canRun = plan.existing.length === 0 && verbs.has(SetupVerb.run);
  const buttons = canRun
    ? [
        {
          title: 'Create what is missing and test the connection',
          verb: SetupVerb.run,
          data: { target: plan.target.tenantId },
        },
      ]
    : [];
  return renderSetupCard({ plan, buttons });
}
