import template from '../../cards/configuration-list.json';
import type { SyncConfiguration } from '../sync/model';
import { jobStatus, lastRun, scopeLabel, targetName } from './format';
import { AdaptiveCard, CardButton, renderTemplate } from './render';

export interface ConfigurationListModel {
  configurations: SyncConfiguration[];
  /** The verb of the "Details" button; omitted when no route answers it. */
  detailsVerb?: string;
  /** Card-level buttons (refresh, ...). */
  buttons?: CardButton[];
}

export function renderConfigurationListCard(model: ConfigurationListModel): AdaptiveCard {
  const count = model.configurations.length;
  return renderTemplate(template, {
    title: `Cross-tenant synchronization configurations (${count})`,
    emptyMessage: 'This tenant has no cross-tenant synchronization configurations yet.',
    configurations: model.configurations.map((c) => {
      const status = jobStatus(c.job);
      return {
        id: c.servicePrincipalId,
        name: c.displayName,
        status: status.label,
        statusColor: status.color,
        target: targetName(c),
        targetTenantId: c.target?.tenantId ?? 'unknown',
        lastRun: lastRun(c.job),
        scope: scopeLabel(c.scopeMode),
        detailsVerb: model.detailsVerb ?? '',
      };
    }),
    buttons: model.buttons ?? [],
  });
}
