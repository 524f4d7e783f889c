import { Verb } from '../../cards/verbs';
import { CodedError, ErrorCode } from '../../errors';
import { formatTime } from '../../cards/format';
import { verifiedActor } from '../access';
import { alertCard, restartConfirmCard } from '../alerts/alertCard';
import { incidentButton, incidentOfButton } from '../alerts/cardIncident';
import { alertsOf } from '../alerts/deps';
import { turnLogger } from '../turn/logger';
import { defineVerb } from './verb';

/** "Restart provisioning": asks first; nothing changes until "Yes, restart". */
export const alertRestartVerb = defineVerb({
  verb: Verb.alertRestart,
  role: 'operator',
  title: 'Restarting provisioning',
  data: incidentButton,
  handler:
    (deps) =>
    async (_ctx, _state, { incident: ref }) => {
      const alerts = alertsOf(deps);
      const incident = await incidentOfButton(alerts, ref);
      if (incident.state !== 'open')
        throw new CodedError(ErrorCode.StaleAction, 'That alert is already over; nothing to restart.', {
          incident: incident.id,
        });
      return restartConfirmCard(incident, alerts.knowledge);
    },
});

/** "Yes, restart": the portal's Restart provisioning on the incident's configuration (found from storage, not the card). */
export const alertRestartConfirmVerb = defineVerb({
  verb: Verb.alertRestartConfirm,
  role: 'operator',
  title: 'Restarting provisioning',
  data: incidentButton,
  handler:
    (deps) =>
    async (ctx, _state, { incident: ref }) => {
      const alerts = alertsOf(deps);
      const incident = await incidentOfButton(alerts, ref);
      if (incident.state !== 'open')
        throw new CodedError(ErrorCode.StaleAction, 'That alert is already over; nothing to restart.', {
          incident: incident.id,
        });
      const jobs = await alerts.gateway.listJobs(incident.servicePrincipalId);
      const job = jobs.find((j) => j.templateId === 'Azure2Azure') ?? jobs[0];
      if (!job)
        throw new CodedError(ErrorCode.StaleAction, `${incident.configurationName} has no provisioning job any more.`, {
          incident: incident.id,
        });
      const actor = verifiedActor(ctx);
      await alerts.gateway.restartJob(incident.servicePrincipalId, job.id);
      turnLogger(ctx, deps.logger).info(
        { incident: incident.id, servicePrincipalId: incident.servicePrincipalId, jobId: job.id, by: actor.id },
        'provisioning restarted from an alert',
      );
      return alertCard(incident, alerts.knowledge, {
        note: `Restart requested by ${actor.displayName || 'you'} at ${formatTime(alerts.now().toISOString())}. The card updates when the next cycle shows the result.`,
      });
    },
});

export const alertRestartCancelVerb = defineVerb({
  verb: Verb.alertRestartCancel,
  role: 'reader',
  title: 'Cancelling a restart',
  data: incidentButton,
  handler:
    (deps) =>
    async (_ctx, _state, { incident: ref }) => {
      const alerts = alertsOf(deps);
      return alertCard(await incidentOfButton(alerts, ref), alerts.knowledge);
    },
});
