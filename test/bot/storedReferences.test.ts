import assert from 'node:assert/strict';
import { TestAdapter } from 'botbuilder';
import { ConversationGoneError } from '../../src/alerts/notifier';
import type { Subscription } from '../../src/alerts/types';
import { teamsNotifier } from '../../src/bot/features/alerts/teamsNotifier';
import { teamsApprovalPublisher } from '../../src/bot/features/approvals/publisher';
import { isCoded, ErrorCode } from '../../src/errors';
import { createKnowledgeBase } from '../../src/sync/knowledge/knowledgeBase';
import { captureLogs } from '../support/logs';
import { HOME_TENANT, teamsActivity } from '../support/turns';

/** A stored conversation reference as the bot saves one, then edited in storage (or written by an older version). */
const reference = (change: Record<string, unknown>) => {
  const a = teamsActivity();
  return {
    channelId: a.channelId,
    serviceUrl: a.serviceUrl,
    conversation: a.conversation,
    bot: a.recipient,
    user: a.from,
    ...change,
  } as Record<string, unknown>;
};

const FOREIGN: Array<[string, Record<string, unknown>]> = [
  ['a non-Teams serviceUrl', { serviceUrl: 'https://attacker.example/' }],
  ['a webchat conversation', { channelId: 'webchat' }],
  ['a loopback connector while a bot identity is set', { serviceUrl: 'http://127.0.0.1:9/' }],
];

describe('stored conversation references are checked before every proactive message', () => {
  for (const [what, change] of FOREIGN) {
    it(`an approval card is not sent to ${what}`, async () => {
      const adapter = new TestAdapter();
      const logs = captureLogs();
      const publisher = teamsApprovalPublisher(adapter, 'bot-app-id', logs.logger);
      await assert.rejects(
        publisher.post(reference(change), { type: 'AdaptiveCard', version: '1.5', body: [] }),
        (e: unknown) => isCoded(e, ErrorCode.ForeignChannel),
      );
      assert.equal(adapter.activeQueue.length, 0, 'nothing sent');
      assert.equal(logs.find('the stored conversation is not Microsoft Teams').length, 1);
    });
  }

  it('an alert subscription to a non-Teams conversation is retired, not sent to', async () => {
    const adapter = new TestAdapter();
    const logs = captureLogs();
    const notifier = teamsNotifier({
      adapter,
      appId: 'bot-app-id',
      knowledge: createKnowledgeBase(),
      logger: logs.logger,
    });
    const subscription = {
      id: `msteams/${HOME_TENANT}/a:1x`,
      reference: reference({ serviceUrl: 'https://attacker.example/' }),
    } as unknown as Subscription;
    await assert.rejects(
      notifier.postDigest(subscription, { day: '2026-12-04', configurations: [] } as never),
      (e: unknown) => e instanceof ConversationGoneError,
    );
    assert.equal(adapter.activeQueue.length, 0);
    assert.equal(logs.find('alert not sent').length, 1);
  });
});
