import { Verb } from '../../cards/verbs';
import { CodedError, ErrorCode } from '../../errors';
import { verifiedActor } from '../access';
import { alertCard } from '../alerts/alertCard';
import { incidentButton, incidentOfButton, refreshPostedCards } from '../alerts/cardIncident';
import { alertsOf } from '../alerts/deps';
import { turnLogger } from '../turn/logger';
import { defineVerb } from './verb';

/** "Acknowledge": records who took the alert (the verified user, not the card's claim). */
export const alertAcknowledgeVerb = defineVerb({
  verb: Verb.alertAcknowledge,
  role: 'reader',
  title: 'Acknowledging an alert',
  data: incidentButton,
  handler:
    (deps) =>
    async (ctx, _state, { incident: ref }) => {
      const alerts = alertsOf(deps);
      const found = await incidentOfButton(alerts, ref);
      if (found.state !== 'open')
        throw new CodedError(ErrorCode.StaleAction, 'That alert is already over.', { incident: found.id });
      const actor = verifiedActor(ctx);
      const at = alerts.now().toISOString();
      const saved = await alerts.incidents.update(found.id, (current) =>
        current && current.series === found.series && !current.acknowledgedBy
          ? { ...current, acknowledgedBy: { id: actor.id, displayName: actor.displayName, at } }
          : undefined,
      );
      const incident = saved ?? found;
      turnLogger(ctx, deps.logger).info({ incident: incident.id, by: actor.id }, 'alert acknowledged');
      await refreshPostedCards(alerts, incident, turnLogger(ctx, deps.logger));
      return alertCard(incident, alerts.knowledge);
    },
});
