import type { AdaptiveCard } from '../../cards/render';
import type { GraphWait } from '../../graphWaits';

const WAIT_LINE_ID = 'graphWait';

/** The card with one line saying what the work waits for and how long ("Waiting for Graph's log quota, 6 s"). */
export function withWaitLine(card: AdaptiveCard, wait: GraphWait): AdaptiveCard {
  const body = card.body.filter((element) => (element as { id?: string }).id !== WAIT_LINE_ID);
  return {
    ...card,
    body: [
      ...body,
      {
        type: 'TextBlock',
        id: WAIT_LINE_ID,
        text: `⏳ Waiting for ${wait.reason}, ${wait.seconds} s`,
        wrap: true,
        isSubtle: true,
        spacing: 'Small',
      },
    ],
  };
}
