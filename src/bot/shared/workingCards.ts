import { targetName } from '../../cards/format';
import { renderOutcomeCard } from '../../cards/outcome';
import type { AdaptiveCard } from '../../cards/render';
import type { ProgressState } from '../../cards/status';
import type { SyncConfiguration } from '../../domain';

/** The card a configuration's work shows while it runs (testing, starting, reading mappings…). */
export function workingCard(config: SyncConfiguration, headline: string): AdaptiveCard {
  return renderOutcomeCard({
    title: config.displayName,
    subtitle: `To ${targetName(config)}`,
    tone: 'accent',
    headline,
  });
}

/** The four steps provision on demand reports for a user, shown pending until the answer comes. */
const STEP_LABELS = ['Import', 'Scoping', 'Matching', 'Action'];

/** The progress card: what is happening now, and the steps still to come. */
export function progressCard(
  title: string,
  subtitle: string,
  headline: string,
  steps?: Array<{ label: string; status: ProgressState; text: string }>,
): AdaptiveCard {
  return renderOutcomeCard({
    title,
    subtitle,
    tone: 'accent',
    headline,
    steps: steps ?? STEP_LABELS.map((label) => ({ label, status: 'pending' as const, text: '…' })),
  });
}
