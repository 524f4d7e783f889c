import { Verb } from '../../../cards/verbs';
import { CodedError, ErrorCode } from '../../../errors';
import { defineOperation } from '../../operations/operation';
import { restartConfirmCard } from './alertCard';
import { incidentButton, incidentOfButton } from './cardIncident';
import type { AlertsServices } from './services';

/** "Restart provisioning": asks first; nothing changes until "Yes, restart". */
export const alertRestart = defineOperation<AlertsServices>()({
  name: 'alertRestart',
  title: 'Restarting provisioning',
  role: 'operator',
  button: {
    verb: Verb.alertRestart,
    data: incidentButton,
    run:
      (services) =>
      async (_turn, { incident: ref }) => {
        const incident = await incidentOfButton(services, ref);
        if (incident.state !== 'open')
          throw new CodedError(ErrorCode.StaleAction, 'That alert is already over; nothing to restart.', {
            incident: incident.id,
          });
        return restartConfirmCard(incident, services.knowledge, services.now());
      },
  },
});
