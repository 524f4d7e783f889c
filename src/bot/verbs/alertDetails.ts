import { Verb } from '../../cards/verbs';
import { formatTime } from '../../cards/format';
import { alertCard } from '../alerts/alertCard';
import { incidentButton, incidentOfButton } from '../alerts/cardIncident';
import { alertsOf } from '../alerts/deps';
import { defineVerb } from './verb';

const SHOWN = 10;

/** "Show failures": the newest failed log entries of the configuration since the incident began, as a reply. */
export const alertFailuresVerb = defineVerb({
  verb: Verb.alertFailures,
  role: 'reader',
  title: 'Showing failures',
  data: incidentButton,
  handler:
    (deps) =>
    async (ctx, _state, { incident: ref }) => {
      const alerts = alertsOf(deps);
      const incident = await incidentOfButton(alerts, ref);
      const since = new Date(Date.parse(incident.openedAt) - 3_600_000);
      const page = await alerts.gateway.listProvisioningLogs({
        servicePrincipalId: incident.servicePrincipalId,
        status: 'failure',
        since,
        top: SHOWN,
      });
      const lines = page.items.map(
        (e) =>
          `- ${formatTime(e.activityDateTime)} **${e.reportableIdentifier ?? e.sourceDisplayName ?? e.sourceId ?? 'unknown'}** ${e.action}: ${e.error?.code ?? 'failed'}${e.error?.reason ? ` — ${e.error.reason.slice(0, 200)}` : ''}`,
      );
      await ctx.sendActivity(
        lines.length === 0
          ? `No failed provisioning log entries for ${incident.configurationName} since ${formatTime(since.toISOString())}.`
          : [
              `Newest failures of ${incident.configurationName}${page.next ? ` (the newest ${SHOWN})` : ''}:`,
              ...lines,
            ].join('\n'),
      );
      return alertCard(incident, alerts.knowledge);
    },
});

/** "Explain": cause, fix and the settings to check for each error code on the card. */
export const alertExplainVerb = defineVerb({
  verb: Verb.alertExplain,
  role: 'reader',
  title: 'Explaining an alert',
  data: incidentButton,
  handler:
    (deps) =>
    async (ctx, _state, { incident: ref }) => {
      const alerts = alertsOf(deps);
      const incident = await incidentOfButton(alerts, ref);
      const parts = incident.errors.slice(0, 3).map((e) => {
        const known = alerts.knowledge.explain(e.code);
        if (!known)
          return `**${e.code}**: not in my knowledge base.${e.reason ? ` Graph said: ${e.reason.slice(0, 300)}` : ''}`;
        const settings = (known.settings ?? []).map((s) => `  - ${s.tenant} tenant: ${s.setting}`);
        return [
          `**${e.code}** — ${known.title}`,
          `Cause: ${known.cause}`,
          `Fix: ${known.fix}`,
          ...(settings.length ? ['Settings to check:', ...settings] : []),
        ].join('\n');
      });
      await ctx.sendActivity(
        [`${incident.title} (${incident.configurationName})`, incident.summary, ...parts].join('\n\n'),
      );
      return alertCard(incident, alerts.knowledge);
    },
});
