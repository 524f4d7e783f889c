import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { Verb } from '../../../../src/cards/verbs';
import { buttonsOf, cardText } from '../../../support/adaptiveCard';
import { ApprovalBot, Person, startApprovalBot } from './harness';

const cardIn = (activity: Partial<Activity> | undefined): unknown => activity?.attachments?.[0]?.content;
/** The same person as Teams would never send them, but a forged or odd client might: the object id in upper case. */
const shouting = (p: Person): Person => ({ ...p, id: p.id.toUpperCase() });

describe('approvals: an Entra object id in another letter case is the same person', function () {
  this.timeout(60_000);
  let bot: ApprovalBot;
  let megan: Person; // Global Administrator: requests

  afterEach(async () => bot?.stop());

  async function start() {
    bot = await startApprovalBot();
    megan = await bot.person('MeganB@contoso.com');
  }

  /** Megan asks and submits in her chat; returns the request id and the posted approval card. */
  async function requestSalesGroup(): Promise<{ requestId: string; cardId: string }> {
    await bot.say(megan, 'add the Sales group to Contoso A because the sales pilot starts Monday');
    const preview = await bot.connector.waitFor((r) => /Review this change/.test(cardText(cardIn(r.activity))));
    const submit = buttonsOf(cardIn(preview.activity)).find((b) => b.verb === Verb.approvalSubmit)!;
    await bot.click(megan, submit.verb, submit.data, preview.id);
    const posted = await bot.connector.waitFor(
      (r) => r.method === 'POST' && /Approval request/.test(cardText(cardIn(r.activity))),
    );
    const approve = buttonsOf(cardIn(posted.activity)).find((b) => b.verb === Verb.approvalApprove)!;
    return { requestId: String(approve.data.requestId), cardId: posted.id };
  }

  it('refuses the requester approving their own request with their id in upper case', async () => {
    await start();
    const { requestId, cardId } = await requestSalesGroup();
    const self = await bot.click(shouting(megan), Verb.approvalApprove, { requestId }, cardId);
    assert.match(String(self.value), /can't approve your own request/i);
    const stored = await bot.world.service().store.require(requestId);
    assert.equal(stored.status, 'pending');
    assert.equal(stored.approvals.length, 0);
  });
});
