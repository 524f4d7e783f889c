import { targetName } from '../../../cards/format';
import { renderNoticeCard } from '../../../cards/notice';
import type { AdaptiveCard, CardButton } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import type { SyncConfiguration } from '../../../domain';
import type { MappingsView } from '../../../sync/mappings/mappingView';

/** "show mappings Contoso A": every attribute mapping, the scoping filters, and the warnings that matter. */
export function mappingsCard(
  config: SyncConfiguration,
  view: MappingsView | undefined,
  verbs: ReadonlySet<string>,
): AdaptiveCard {
  if (!view) {
    return renderNoticeCard({
      title: `${config.displayName} has no attribute mappings`,
      tone: 'warning',
      lines: ['The configuration has no provisioning job (or its schema has no user mapping) yet.'],
    });
  }
  const buttons: CardButton[] = [
    {
      title: 'Configuration details',
      verb: Verb.showConfiguration,
      data: { configurationId: config.servicePrincipalId },
    },
  ];
  return renderNoticeCard({
    title: `Attribute mappings of ${config.displayName}`,
    subtitle: `${view.objectMapping} → ${targetName(config)}${view.enabled ? '' : ' (disabled)'}`,
    tone: 'default',
    sections: [
      {
        title: 'Warnings that matter',
        lines: view.warnings.map((text) => ({ text: `⚠️ ${text}`, color: 'Warning' as const })),
      },
      {
        title: 'Target attribute ← source (applies)',
        facts: view.rows.map((r) => ({
          title: r.target,
          value: `${r.source} · ${r.applies}${r.matching ? ' · matching' : ''}`,
        })),
      },
      {
        title: 'Scoping filters',
        lines:
          view.scopingFilters.length > 0
            ? view.scopingFilters
            : ['None: everyone in scope (assigned, or all users) is provisioned.'],
      },
    ],
    buttons: buttons.filter((b) => verbs.has(b.verb)),
  });
}
