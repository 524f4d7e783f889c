import type { DailyDigest } from '../../../alerts/digest/digest';
import { escapeMarkdown } from '../../../cards/markdown';

/** The daily digest as one short message: a line per configuration. */
export function digestText(digest: DailyDigest): string {
  if (digest.configurations.length === 0) return `Daily digest for ${digest.day}: no provisioning activity.`;
  const lines = digest.configurations.map((c) => {
    const errors =
      c.topErrors.length > 0 ? `; top errors: ${c.topErrors.map((e) => `${e.code} (${e.count})`).join(', ')}` : '';
    const counts =
      `${c.created} created, ${c.updated} updated, ${c.deleted} deleted or disabled, ` +
      `${c.skipped} skipped, ${c.failed} failed`;
    return `- **${escapeMarkdown(c.displayName)}**: ${counts}${escapeMarkdown(errors)}`;
  });
  return [`Daily digest for ${digest.day} (UTC):`, ...lines].join('\n');
}
