import { targetName } from '../../../cards/format';
import { renderOutcomeCard } from '../../../cards/outcome';
import type { AdaptiveCard, CardButton } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import type { DirectoryUser, SyncConfiguration } from '../../../domain';
import { provisioningLogsLink } from '../../../sync/logs/portalLinks';
import type { ProvisionResult } from '../../../sync/provisioning/provisioningService';

export function subtitleOf(config: SyncConfiguration, user: DirectoryUser): string {
  return `${config.displayName} → ${targetName(config)} · ${user.userPrincipalName}`;
}

/** The outcome of provisioning one user: each step, what changed, and for a failure the cause and the fix. */
export function resultCard(
  config: SyncConfiguration,
  user: DirectoryUser,
  result: ProvisionResult,
  verbs: ReadonlySet<string>,
): AdaptiveCard {
  const { view, outcome } = result;
  const buttons: CardButton[] = [
    {
      title: 'Run again',
      verb: Verb.provisionUser,
      data: { userId: user.id, configurationId: config.servicePrincipalId },
    },
  ];
  if (view.error)
    buttons.push({
      title: `Explain ${view.error.code}`,
      verb: Verb.explainCode,
      data: { code: view.error.code, configurationId: config.servicePrincipalId },
    });
  buttons.push({
    title: 'Provisioning logs',
    verb: Verb.showLogs,
    data: { configurationId: config.servicePrincipalId },
  });
  return renderOutcomeCard({
    title: `Provisioning ${user.displayName}`,
    subtitle: subtitleOf(config, user),
    tone: view.tone,
    headline: view.headline,
    details: view.details,
    steps: view.steps,
    changes: view.changes,
    changesTitle: outcome.action === 'create' ? 'Properties set in the target' : 'Changed properties (old → new)',
    changesMode: outcome.action === 'create' ? 'set' : 'diff',
    error: view.error,
    findings: view.findings,
    buttons: buttons.filter((b) => verbs.has(b.verb)),
    links: [{ title: 'Open provisioning logs in Entra', url: provisioningLogsLink(config) }],
  });
}
