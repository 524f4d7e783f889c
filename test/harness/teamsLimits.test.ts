import assert from 'node:assert/strict';
import {
  checkAnswerTime,
  INVOKE_ANSWER_LIMIT_MS,
  LateAnswerError,
  MESSAGE_ANSWER_LIMIT_MS,
} from '../support/teamsLimits';

describe("the tests hold Teams' time limits", () => {
  const click = {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: 'click-1',
    value: { action: { type: 'Action.Execute', verb: 'provision.runAgain' } },
  };

  it('fails an invoke answered after 5 s, naming the click, the time and the limit', () => {
    assert.equal(INVOKE_ANSWER_LIMIT_MS, 5_000);
    checkAnswerTime(click, 4_900);
    assert.throws(
      () => checkAnswerTime(click, 20_100),
      (err: unknown) =>
        err instanceof LateAnswerError &&
        err.message.startsWith(
          "invoke adaptiveCard/action 'provision.runAgain' (id click-1) was answered after 20.10 s, over the 5 s",
        ) &&
        /Teams gives up on an invoke after about 10-15 s/.test(err.message),
    );
  });

  it('fails a message answered after 10 s', () => {
    assert.equal(MESSAGE_ANSWER_LIMIT_MS, 10_000);
    const message = { type: 'message', id: 'm-1', text: 'provision Adele Vance now' };
    checkAnswerTime(message, 9_900);
    assert.throws(
      () => checkAnswerTime(message, 20_200),
      /message 'provision Adele Vance now' \(id m-1\) was answered after 20\.20 s, over the 10 s .*message after 15 s/,
    );
  });
});
