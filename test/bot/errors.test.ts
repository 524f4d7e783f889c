import assert from 'node:assert/strict';
import { MemoryStorage } from 'botbuilder';
import { Verb } from '../../src/cards/verbs';
import { CodedError, ErrorCode } from '../../src/errors';
import { describeError, hasSpecificDescription } from '../../src/bot/errors/describeError';
import { assertValidCard, cardOf, cardText } from '../support/adaptiveCard';
import { CONTOSO_A } from '../support/configurations';
import { fakeCatalog } from '../support/fakeCatalog';
import { LEVEL } from '../support/logs';
import { botUnderTest } from '../support/turns';

const REQUEST_ID = '93b6f17e-c05d-4f45-ad2a-6665c708d8a0';

function graphError(
  code: ErrorCode,
  status: number,
  extra: Record<string, unknown> = {},
  message = 'Graph failed',
): CodedError {
  return new CodedError(code, message, { requestId: REQUEST_ID, status, ...extra });
}

async function answerTo(error: unknown, text = 'list configurations') {
  const catalog = fakeCatalog([CONTOSO_A]);
  catalog.failWith(error);
  const t = botUnderTest({ catalog });
  const replies = await t.say(text);
  assert.equal(replies.length, 1);
  const card = cardOf(replies[0]);
  assertValidCard(card);
  return { text: cardText(card), logs: t.logs };
}

describe('error replies', () => {
  it(
    'Graph 403 names the missing permission and how to grant it, with the request id, logged as an ' + 'error',
    async () => {
      const error = graphError(
        ErrorCode.GraphForbidden,
        403,
        { graphCode: 'Authorization_RequestDenied', requiredPermissions: ['Synchronization.Read.All'] },
        'Insufficient privileges to complete the operation.',
      );
      const { text, logs } = await answerTo(error);
      assert.match(text, /missing the Graph permission Synchronization\.Read\.All/);
      assert.match(text, /grant admin consent/);
      assert.match(
        text,
        /Insufficient privileges to complete the operation\. \(HTTP 403, Authorization_RequestDenied\)/,
      );
      assert.match(text, new RegExp(REQUEST_ID));
      const [logged] = logs.find('request not served');
      assert.equal(logged.level, LEVEL.error);
      assert.equal(logged.code, 'GraphForbidden');
      assert.equal(logged.graphCode, 'Authorization_RequestDenied');
      assert.equal(logged.requestId, REQUEST_ID);
      assert.equal(logged.action, 'listConfigurations');
    },
  );

  const cases: Array<[string, CodedError, RegExp, number]> = [
    [
      'Graph down (503)',
      graphError(ErrorCode.GraphUnavailable, 503),
      /Microsoft Graph is not available right now[\s\S]*try again in a few minutes/,
      LEVEL.warn,
    ],
    [
      'Graph unreachable',
      new CodedError(ErrorCode.GraphUnreachable, 'connect ECONNREFUSED 127.0.0.1:8443'),
      /can't reach Microsoft Graph[\s\S]*ECONNREFUSED[\s\S]*GRAPH_BASE_URL/,
      LEVEL.error,
    ],
    [
      'Graph 401',
      graphError(ErrorCode.GraphUnauthorized, 401),
      /rejected the bot's sign-in \(401\)[\s\S]*client secret or certificate/,
      LEVEL.error,
    ],
    [
      'throttled',
      graphError(ErrorCode.GraphThrottled, 429, { retryAfterSeconds: 2.128 }),
      /throttling[\s\S]*Try again in 3 seconds/,
      LEVEL.warn,
    ],
    [
      'timeout',
      new CodedError(ErrorCode.GraphTimeout, 'No answer within 20000 ms'),
      /took too long to answer/,
      LEVEL.warn,
    ],
    [
      '403 without a known permission',
      graphError(ErrorCode.GraphForbidden, 403),
      /not allowed to do that in Microsoft Graph \(403\)[\s\S]*API permissions/,
      LEVEL.error,
    ],
  ];
  for (const [name, error, expected, level] of cases) {
    it(`${name}: a specific answer and a log line`, async () => {
      const { text, logs } = await answerTo(error);
      assert.match(text, expected);
      const [logged] = logs.find('request not served');
      assert.equal(logged.level, level);
      assert.equal(logged.code, error.code);
    });
  }

  it('an unexpected failure gets an apology with a reference that matches the logged stack', async () => {
    const { text, logs } = await answerTo(new TypeError("Cannot read properties of undefined (reading 'job')"));
    assert.match(text, /Sorry, something went wrong on my side/);
    assert.ok(!text.includes('Cannot read properties'), 'internals stay out of the chat');
    const [logged] = logs.find('turn failed unexpectedly');
    assert.equal(logged.level, LEVEL.error);
    assert.match(String((logged.err as { stack: string }).stack), /TypeError: Cannot read properties/);
    assert.ok(text.includes(String(logged.correlationId)), 'the user sees the correlation id of the log line');
  });

  it('a failure behind a card button answers in words and leaves the card', async () => {
    const catalog = fakeCatalog([CONTOSO_A]);
    const t = botUnderTest({ catalog });
    catalog.failWith(graphError(ErrorCode.GraphThrottled, 429, { retryAfterSeconds: 1 }));
    const { invoke, replies } = await t.click(Verb.showConfiguration, {
      configurationId: CONTOSO_A.servicePrincipalId,
    });
    assert.equal(replies.length, 0);
    const body = invoke?.body as { type: string; value: string };
    assert.equal(body.type, 'application/vnd.microsoft.activity.message');
    assert.match(
      body.value,
      /Microsoft Graph is throttling the bot\. .*Try again in 1 second\. Graph request id: 93b6f17e/,
    );
  });

  it('a failure outside any action (storage) reaches onTurnError and is answered the same way', async () => {
    const storage = new MemoryStorage();
    storage.read = async () => {
      throw new CodedError(ErrorCode.StorageUnavailable, 'The state store did not answer.');
    };
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]), storage });
    const [reply] = await t.say('list configurations');
    assert.match(cardText(cardOf(reply)), /I can't reach my storage[\s\S]*The state store did not answer/);
    const [logged] = t.logs.find('request not served');
    assert.equal(logged.code, 'StorageUnavailable');
    assert.equal(logged.level, LEVEL.error);
  });

  it('every error code has its own answer', () => {
    for (const code of Object.values(ErrorCode)) assert.ok(hasSpecificDescription(code), `no answer for ${code}`);
    assert.equal(describeError('a string thrown').code, 'Unexpected');
  });
});
