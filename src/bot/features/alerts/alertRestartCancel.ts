import { Verb } from '../../../cards/verbs';
import { defineOperation } from '../../operations/operation';
import { alertCard } from './alertCard';
import { incidentButton, incidentOfButton } from './cardIncident';
import type { AlertsServices } from './services';

/** "Cancel" on the restart question: the alert card again, unchanged. */
export const alertRestartCancel = defineOperation<AlertsServices>()({
  name: 'alertRestartCancel',
  title: 'Cancelling a restart',
  role: 'reader',
  button: {
    verb: Verb.alertRestartCancel,
    data: incidentButton,
    run:
      (services) =>
      async (_turn, { incident: ref }) =>
        alertCard(await incidentOfButton(services, ref), services.knowledge),
  },
});
