import assert from 'node:assert/strict';
import { TestAdapter, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { actorOf, cardData, conversationKey, tenantOf } from '../../src/bot/turn/context';
import { onTurnError } from '../../src/bot/errors/onTurnError';
import { isCoded, ErrorCode } from '../../src/errors';
import { captureLogs } from '../support/logs';
import { HOME_TENANT, teamsActivity, USER } from '../support/turns';

const contextOf = (extra = {}) => new TurnContext(new TestAdapter(), teamsActivity({ type: 'message', ...extra }));

describe('turn context helpers', () => {
  it('actorOf, tenantOf and conversationKey read the activity', () => {
    const ctx = contextOf();
    assert.deepEqual(actorOf(ctx), {
      id: USER.id,
      aadObjectId: USER.aadObjectId,
      name: USER.name,
      tenantId: HOME_TENANT,
    });
    assert.equal(conversationKey(ctx), `msteams/${HOME_TENANT}/a:1xPersonalChat`);
    const noChannelData = contextOf({ channelData: {}, conversation: { id: 'c', tenantId: 'from-conversation' } });
    assert.equal(tenantOf(noChannelData), 'from-conversation');
    assert.equal(tenantOf(contextOf({ channelData: undefined, conversation: { id: 'c' } })), undefined);
  });

  it('cardData parses button data with a schema and refuses anything else', () => {
    const schema = z.object({ configurationId: z.string().min(1) });
    const click = (data: unknown) =>
      contextOf({
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'v', data } },
      });
    assert.deepEqual(cardData(click({ configurationId: 'sp-1', extra: 'ignored' }), schema), {
      configurationId: 'sp-1',
    });
    assert.throws(
      () => cardData(click({ configurationId: 42 }), schema),
      (e: unknown) => isCoded(e, ErrorCode.InvalidInput),
    );
    assert.throws(
      () => cardData(contextOf({ value: undefined }), schema),
      (e: unknown) => isCoded(e, ErrorCode.InvalidInput),
    );
  });

  it('onTurnError logs when even the apology cannot be sent', async () => {
    const logs = captureLogs();
    const adapter = new TestAdapter();
    adapter.sendActivities = async () => {
      throw new Error('connector down');
    };
    const ctx = new TurnContext(adapter, teamsActivity({ type: 'message', id: 'm-1' }));
    await onTurnError(logs.logger)(ctx, new Error('first failure'));
    assert.equal(logs.find('turn failed unexpectedly').length, 1);
    const [lost] = logs.find('could not tell the user');
    assert.match(String((lost.err as { message: string }).message), /connector down/);
    assert.equal(lost.activityId, 'm-1');
  });
});
