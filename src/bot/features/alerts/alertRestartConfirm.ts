import { formatTime } from '../../../cards/format';
import { Verb } from '../../../cards/verbs';
import { CodedError, ErrorCode } from '../../../errors';
import { restartOption } from '../../../sync/jobs/restartOptions';
import { verifiedActor } from '../../access';
import { WITHOUT_GRAPH } from '../../shared/withoutGraph';
import { defineOperation } from '../../operations/operation';
import { checkConfirmationAge, issuedAt } from '../../turn/confirmation';
import { configurationById } from '../../shared/findConfiguration';
import { alertCard } from './alertCard';
import { incidentButton, incidentOfButton } from './cardIncident';
import type { AlertsServices } from './services';

/**
 * "Yes, restart": the portal's Restart provisioning on the incident's configuration (found from storage, not the
 * card), through the job service as "restart Contoso A" does.
 */
export const alertRestartConfirm = defineOperation<AlertsServices>()({
  name: 'alertRestartConfirm',
  title: 'Restarting provisioning',
  role: 'operator',
  button: {
    verb: Verb.alertRestartConfirm,
    data: incidentButton.extend({ issuedAt }),
    run:
      (services) =>
      async ({ context, log, actingUser }, { incident: ref, issuedAt: stamp }) => {
        // A week-old "Yes, restart" says yes to the alert as it was then: refused before anything is looked up.
        checkConfirmationAge(stamp, services.confirmationTtlHours, services.now());
        const incident = await incidentOfButton(services, ref);
        if (incident.state !== 'open')
          throw new CodedError(ErrorCode.StaleAction, 'That alert is already over; nothing to restart.', {
            incident: incident.id,
          });
        if (!services.jobs) throw new CodedError(WITHOUT_GRAPH.code, WITHOUT_GRAPH.message);
        const config = await configurationById(services.catalog, incident.servicePrincipalId);
        if (!config.job)
          throw new CodedError(
            ErrorCode.StaleAction,
            `${incident.configurationName} has no provisioning job any more.`,
            {
              incident: incident.id,
            },
          );
        const actor = verifiedActor(context);
        await services.jobs.restart(config, restartOption('portal')!, actingUser);
        log.info(
          {
            incident: incident.id,
            servicePrincipalId: incident.servicePrincipalId,
            jobId: config.job.id,
            by: actor.id,
          },
          'provisioning restarted from an alert',
        );
        const at = formatTime(services.now().toISOString());
        return alertCard(incident, services.knowledge, {
          note:
            `Restart requested by ${actor.displayName || 'you'} at ${at}. ` +
            'The card updates when the next cycle shows the result.',
        });
      },
  },
});
