import { formatTime } from '../../../cards/format';
import { Verb } from '../../../cards/verbs';
import type { ProvisioningLogEntry } from '../../../domain';
import { defineOperation } from '../../operations/operation';
import { alertCard } from './alertCard';
import { incidentButton, incidentOfButton } from './cardIncident';
import type { AlertsServices } from './services';
import { escapeMarkdown } from '../../../cards/markdown';

const SHOWN = 10;

/** "Show failures": the newest failed log entries of the configuration since the incident began, as a reply. */
export const alertFailures = defineOperation<AlertsServices>()({
  name: 'alertFailures',
  title: 'Showing failures',
  role: 'reader',
  button: {
    verb: Verb.alertFailures,
    data: incidentButton,
    run:
      (services) =>
      async ({ context }, { incident: ref }) => {
        const incident = await incidentOfButton(services, ref);
        const { since, page } = await services.recentFailures(incident, SHOWN);
        const lines = page.items.map(failureLine);
        await context.sendActivity(
          lines.length === 0
            ? `No failed provisioning log entries for ${incident.configurationName} ` +
                `since ${formatTime(since.toISOString())}.`
            : [
                `Newest failures of ${incident.configurationName}${page.next ? ` (the newest ${SHOWN})` : ''}:`,
                ...lines,
              ].join('\n'),
        );
        return alertCard(incident, services.knowledge);
      },
  },
});

function failureLine(e: ProvisioningLogEntry): string {
  const who = e.reportableIdentifier ?? e.sourceDisplayName ?? e.sourceId ?? 'unknown';
  const reason = e.error?.reason ? ` — ${escapeMarkdown(e.error.reason.slice(0, 200))}` : '';
  const code = escapeMarkdown(e.error?.code ?? 'failed');
  return `- ${formatTime(e.activityDateTime)} **${escapeMarkdown(who)}** ${e.action}: ${code}${reason}`;
}
