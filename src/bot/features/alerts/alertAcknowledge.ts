import { Verb } from '../../../cards/verbs';
import { CodedError, ErrorCode } from '../../../errors';
import { verifiedActor } from '../../access';
import { defineOperation } from '../../operations/operation';
import { alertCard } from './alertCard';
import { incidentButton, incidentOfButton, refreshPostedCards } from './cardIncident';
import type { AlertsServices } from './services';

/** "Acknowledge": records who took the alert (the verified user, not the card's claim). */
export const alertAcknowledge = defineOperation<AlertsServices>()({
  name: 'alertAcknowledge',
  title: 'Acknowledging an alert',
  role: 'reader',
  button: {
    verb: Verb.alertAcknowledge,
    data: incidentButton,
    run:
      (services) =>
      async ({ context, log }, { incident: ref }) => {
        const found = await incidentOfButton(services, ref);
        if (found.state !== 'open')
          throw new CodedError(ErrorCode.StaleAction, 'That alert is already over.', { incident: found.id });
        const actor = verifiedActor(context);
        const at = services.now().toISOString();
        const saved = await services.incidents.update(found.id, (current) =>
          current && current.series === found.series && !current.acknowledgedBy
            ? { ...current, acknowledgedBy: { id: actor.id, displayName: actor.displayName, at } }
            : undefined,
        );
        const incident = saved ?? found;
        log.info({ incident: incident.id, by: actor.id }, 'alert acknowledged');
        await refreshPostedCards(services, incident, log);
        return alertCard(incident, services.knowledge);
      },
  },
});
