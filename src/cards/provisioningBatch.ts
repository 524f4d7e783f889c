import template from '../../cards/provisioning-batch.json';
import { MAX_USERS_PER_REQUEST } from '../sync/users/userNames';
import { andMore, clip, firstOf, LINE_CHARS, NAME_CHARS, renderWithin } from './messageBudget';
import { AdaptiveCard, renderTemplate } from './render';
import { nonEmpty } from './format';
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

interface BatchLimits {
  rows: number;
  detailsPerRow: number;
  lineChars: number;
}

/**
 * A batch has a row per user asked for, at most MAX_USERS_PER_REQUEST (20); a row's headline and details come from
 * Graph and the knowledge base. When 20 rows with all their details would be over the message budget, each row keeps
 * its first detail, then none (what happened to one user in full: "what happened to <name>").
 */
export const BATCH_LIMITS: readonly [BatchLimits, ...BatchLimits[]] = [
  { rows: MAX_USERS_PER_REQUEST, detailsPerRow: 4, lineChars: LINE_CHARS },
  { rows: MAX_USERS_PER_REQUEST, detailsPerRow: 1, lineChars: 200 },
  { rows: MAX_USERS_PER_REQUEST, detailsPerRow: 0, lineChars: 160 },
];

export function renderProvisioningBatchCard(model: ProvisioningBatchModel): AdaptiveCard {
  return renderWithin(BATCH_LIMITS, (limits) => {
    const rows = firstOf(model.rows, limits.rows);
    const footer = [model.footer ?? '', rows.hidden > 0 ? andMore(rows.hidden, 'users') : '']
      .filter((t) => t !== '')
      .join(' ');
    return renderTemplate('provisioning-batch', template, {
      title: clip(model.title, LINE_CHARS),
      subtitle: clip(model.subtitle, LINE_CHARS),
      rows: rows.shown.map((r) => ({
        icon: stateIcon(r.state),
        name: clip(r.name, NAME_CHARS),
        headline: clip(r.headline, limits.lineChars),
        details: nonEmpty(r.details)
          .slice(0, limits.detailsPerRow)
          .map((text) => ({ text: clip(text, limits.lineChars) })),
      })),
      footer: clip(footer, LINE_CHARS),
    });
  });
}
