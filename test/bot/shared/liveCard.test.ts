import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TurnContext } from 'botbuilder';
import { openLiveCard, showWhileWorking } from '../../../src/bot/shared/liveCard';
import type { AdaptiveCard } from '../../../src/cards/render';
import { captureLogs } from '../../support/logs';

const GAP = 80;
const card = (text: string): AdaptiveCard => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text }],
});

/** The edge of a unit test: a turn whose sends and updates are recorded (what Teams would receive, in order). */
function recordingTurn(options: { clicked?: boolean; failUpdates?: number } = {}) {
  const sent: string[] = [];
  let failures = options.failUpdates ?? 0;
  const textOf = (activity: any) => activity.attachments[0].content.body[0].text;
  const ctx = {
    activity: options.clicked
      ? { type: 'invoke', name: 'adaptiveCard/action', replyToId: 'clicked-card' }
      : { type: 'message' },
    async sendActivity(activity: any) {
      sent.push(`post ${textOf(activity)}`);
      return { id: 'posted-card' };
    },
    async updateActivity(activity: any) {
      if (failures-- > 0) throw Object.assign(new Error('Too Many Requests'), { statusCode: 429 });
      sent.push(`update ${activity.id} ${textOf(activity)}`);
    },
  } as unknown as TurnContext;
  return { ctx, sent };
}

describe('live card: progress on one card, paced for Teams', () => {
  it('sends progress at most once per gap: the newest waits out the gap, what it replaced is never sent', async () => {
    const { ctx, sent } = recordingTurn();
    const live = await openLiveCard(ctx, card('Looking up the user'), captureLogs('silent').logger, GAP);
    await live.show(card('Finding the configuration'));
    await live.show(card('Calling provision on demand'));
    assert.deepEqual(sent, ['post Looking up the user'], 'nothing right after the post');
    await sleep(GAP + 40);
    assert.deepEqual(sent, ['post Looking up the user', 'update posted-card Calling provision on demand']);
    await sleep(GAP + 10);
    await live.show(card('Waiting 2 s for the rate limit'));
    assert.equal(
      sent.at(-1),
      'update posted-card Waiting 2 s for the rate limit',
      'after a quiet gap progress goes out at once',
    );
  });

  it('sends the final card at once and nothing after it', async () => {
    const { ctx, sent } = recordingTurn();
    const final = await showWhileWorking(
      ctx,
      captureLogs('silent').logger,
      card('Looking up the user'),
      async (live) => {
        await live.show(card('Calling provision on demand'));
        return card('Created Adele Vance');
      },
    );
    assert.deepEqual(sent, ['post Looking up the user', 'update posted-card Created Adele Vance']);
    await sleep(1100);
    assert.equal(sent.length, 2, 'the progress it replaced is not sent later');
    assert.equal((final.body as any)[0].text, 'Created Adele Vance');
  });

  it('updates the clicked card at once, and logs a failed update without stopping the work', async () => {
    const { ctx, sent } = recordingTurn({ clicked: true, failUpdates: 1 });
    const logs = captureLogs('debug');
    const final = await showWhileWorking(ctx, logs.logger, card('Retrying'), async () => card('Done'));
    assert.deepEqual(sent, ['update clicked-card Done'], 'the first update failed (429), the final one went out');
    assert.equal((final.body as any)[0].text, 'Done');
    const [warning] = logs.find('could not update a card in place');
    assert.equal(warning.activityId, 'clicked-card');
  });
});
