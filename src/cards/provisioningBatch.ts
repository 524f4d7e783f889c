import template from '../../cards/provisioning-batch.json';
import { AdaptiveCard, renderTemplate } from './render';
import { nonEmpty } from './outcome';
import { ProgressState, stateIcon } from './status';

export interface BatchRow {
  name: string;
  state: ProgressState;
  headline: string;
  details?: string[];
}

/** Several users provisioned at once: one row per user, updated as each finishes. */
export interface ProvisioningBatchModel {
  title: string;
  subtitle: string;
  rows: BatchRow[];
  footer?: string;
}

export function renderProvisioningBatchCard(model: ProvisioningBatchModel): AdaptiveCard {
  return renderTemplate(template, {
    title: model.title,
    subtitle: model.subtitle,
    rows: model.rows.map((r) => ({ icon: stateIcon(r.state), name: r.name, headline: r.headline, details: nonEmpty(r.details).map((text) => ({ text })) })),
    footer: model.footer ?? '',
  });
}
