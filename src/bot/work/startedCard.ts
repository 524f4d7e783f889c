import { renderNoticeCard } from '../../cards/notice';
import type { AdaptiveCard } from '../../cards/render';

/** What a click is answered with when its work has not shown a card of its own within the answer time. */
export function startedCard(title: string): AdaptiveCard {
  return renderNoticeCard({
    title,
    tone: 'accent',
    lines: ['Working on it… this card shows the result when it is ready.'],
  });
}

/** A click's answer in words, shown on the clicked card when it comes after the card was answered. */
export function answerCard(title: string, text: string): AdaptiveCard {
  return renderNoticeCard({ title, tone: 'default', lines: [text] });
}
