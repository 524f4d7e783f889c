import { renderSetupCard } from '../../../cards/setupCard';
import { SetupVerb } from '../../../cards/setupVerbs';
import type { AdaptiveCard } from '../../../cards/render';
import type { SetupPlan } from '../../../sync/setup';
import { issuedNow } from '../../turn/confirmation';

/** The plan card, with the request button only when there is something the bot may do and the verb has a route. */
export function setupPlanCard(plan: SetupPlan, verbs: ReadonlySet<string>, trust: boolean): AdaptiveCard {
  const canRun = plan.existing.length === 0 && verbs.has(SetupVerb.run);
  const buttons = canRun
    ? [
        {
          title: 'Ask for approval to create what is missing',
          verb: SetupVerb.run,
          data: { target: plan.target.tenantId, trust: trust ? 'yes' : 'no', ...issuedNow() },
        },
      ]
    : [];
  return renderSetupCard({ plan, buttons });
}
