import { renderNoticeCard } from '../../../cards/notice';
import type { AdaptiveCard } from '../../../cards/render';
import type { SyncConfiguration } from '../../../domain';

/** "Cancel" on a restart or allow-deletes confirmation. */
export function cancelledCard(config: SyncConfiguration, what: 'restart' | 'allowDeletes'): AdaptiveCard {
  return renderNoticeCard({
    title:
      what === 'restart'
        ? `Restart of ${config.displayName} cancelled`
        : `Held-back deletions of ${config.displayName} not allowed`,
    tone: 'default',
    lines: ['Nothing was changed.'],
  });
}
