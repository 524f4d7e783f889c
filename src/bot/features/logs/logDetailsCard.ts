import { formatTime } from '../../../cards/format';
import { renderOutcomeCard } from '../../../cards/outcome';
import type { AdaptiveCard, CardButton, Fact } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import type { ProvisioningLogEntry, SyncConfiguration } from '../../../domain';
import { targetName } from '../../../sync/checks/targetName';
import { provisioningLogsLink } from '../../../sync/logs/portalLinks';
import type { OutcomeView } from '../../../sync/provisioning/describeOutcome';
import { buttonData } from '../../shared/buttonData';

/** One log entry in full: every step, old → new values, the error and what to do, and the admin center link. */
export function logDetailsCard(
  entry: ProvisioningLogEntry,
  view: OutcomeView,
  config: SyncConfiguration | undefined,
  verbs: ReadonlySet<string>,
): AdaptiveCard {
  const facts: Fact[] = [
    { title: 'Time', value: formatTime(entry.activityDateTime) },
    {
      title: 'Configuration',
      value: config ? `${config.displayName} → ${targetName(config)}` : (entry.servicePrincipalName ?? 'unknown'),
    },
    {
      title: 'User',
      value:
        [entry.sourceDisplayName, entry.reportableIdentifier].filter(Boolean).join(' · ') ||
        (entry.sourceId ?? 'unknown'),
    },
    { title: 'Action', value: entry.action },
    { title: 'Status', value: entry.status },
  ];
  if (entry.initiatedBy) facts.push({ title: 'Initiated by', value: entry.initiatedBy });
  if (entry.durationMs !== undefined) facts.push({ title: 'Duration', value: `${entry.durationMs} ms` });
  if (entry.changeId) facts.push({ title: 'Change id', value: entry.changeId });
  if (entry.cycleId) facts.push({ title: 'Cycle id', value: entry.cycleId });
  const buttons: CardButton[] = [];
  if (view.error)
    buttons.push({
      title: `Explain ${view.error.code}`,
      verb: Verb.explainCode,
      data: buttonData({ code: view.error.code, configurationId: entry.servicePrincipalId }),
    });
  if (entry.sourceId)
    buttons.push({
      title: 'Provision again now',
      verb: Verb.provisionUser,
      data: buttonData({ userId: entry.sourceId, configurationId: entry.servicePrincipalId }),
    });
  return renderOutcomeCard({
    title: `${entry.sourceDisplayName ?? entry.reportableIdentifier ?? 'A user'}: ${entry.action} ${entry.status}`,
    subtitle: 'Provisioning log entry',
    tone: view.tone,
    headline: view.headline,
    details: view.details,
    facts,
    steps: view.steps,
    changes: view.changes,
    error: view.error,
    findings: view.findings,
    buttons: buttons.filter((b) => verbs.has(b.verb)),
    links: [{ title: 'Open provisioning logs in Entra', url: provisioningLogsLink(config) }],
  });
}
