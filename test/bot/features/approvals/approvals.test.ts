import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { Verb } from '../../../../src/cards/verbs';
import * as step from '../../../../src/approvals/transitions';
import { assertValidCard, buttonsOf, cardText } from '../../../support/adaptiveCard';
import { assignmentsOf, groupPrincipal } from '../../../approvals/support';
import { ApprovalBot, channel, Person, startApprovalBot } from './harness';

function cardIn(activity: Partial<Activity> | undefined): unknown {
  return activity?.attachments?.[0]?.content;
}

describe('approvals in chat, over HTTP with the simulator', function () {
  this.timeout(60_000);
  let bot: ApprovalBot;
  let megan: Person; // Global Administrator: requests
  let alex: Person; // Hybrid Identity Administrator: approves
  let lynne: Person; // Global Reader: may only read

  beforeEach(async () => {
    bot = await startApprovalBot();
    [megan, alex, lynne] = await Promise.all(
      ['MeganB@contoso.com', 'AlexW@contoso.com', 'LynneR@contoso.com'].map((u) => bot.person(u)),
    );
  });
  afterEach(async () => bot?.stop());

  /** Megan asks in her personal chat and submits; returns the request id and the posted card. */
  async function requestSalesGroup(
    approvalsIn: 'channel' | 'chat' = 'chat',
  ): Promise<{ requestId: string; cardId: string }> {
    assert.equal(
      (await bot.say(megan, 'add the Sales group to Contoso A because the sales pilot starts Monday')).status,
      200,
    );
    const preview = await bot.connector.waitFor(
      (r) => r.conversationId === `a:${megan.id}` && /Review this change/.test(cardText(cardIn(r.activity))),
    );
    const card = cardIn(preview.activity);
    assertValidCard(card);
    assert.match(cardText(card), /Add group Sales to Contoso A[\s\S]*4 users enter scope/);
    const submit = buttonsOf(card).find((b) => b.verb === Verb.approvalSubmit)!;
    const answer = await bot.click(megan, submit.verb, submit.data, preview.id);
    assert.match(
      cardText(answer.value),
      approvalsIn === 'channel'
        ? /Submitted for approval[\s\S]*the channel Identity Ops/
        : /Submitted for approval[\s\S]*this chat/,
    );
    const where = approvalsIn === 'channel' ? channel.id : `a:${megan.id}`;
    const posted = await bot.connector.waitFor(
      (r) => r.method === 'POST' && r.conversationId === where && /Approval request/.test(cardText(cardIn(r.activity))),
    );
    const approve = buttonsOf(cardIn(posted.activity)).find((b) => b.verb === Verb.approvalApprove)!;
    return { requestId: String(approve.data.requestId), cardId: posted.id };
  }

  async function useChannel(): Promise<void> {
    await bot.say(alex, 'use this channel for approvals', channel);
    await bot.connector.waitFor(
      (r) =>
        r.conversationId === channel.id &&
        /Approval requests will be posted in the channel Identity Ops/.test(r.activity.text ?? ''),
    );
  }

  it('posts the request to the approvals channel with everything an approver needs', async () => {
    await useChannel();
    const { cardId } = await requestSalesGroup('channel');
    const card = cardIn(bot.connector.received.find((r) => r.id === cardId)!.activity);
    assertValidCard(card);
    const text = cardText(card);
    for (const part of [
      'Megan Bowen',
      'Contoso A',
      'Add group Sales to Contoso A',
      'the sales pilot starts Monday',
      '4 users enter scope',
      'Hybrid Identity Administrator',
      'Expires',
    ]) {
      assert.ok(text.includes(part), `${part} missing from:\n${text}`);
    }
    assert.deepEqual(
      buttonsOf(card).map((b) => b.title),
      ['Approve', 'Reject', 'Cancel request'],
    );
  });

  it('approves: applies once in Graph, updates the posted card for everyone, tells the requester', async () => {
    await useChannel();
    const { requestId, cardId } = await requestSalesGroup('channel');
    const answer = await bot.click(alex, Verb.approvalApprove, { requestId }, cardId, channel);
    assert.match(cardText(answer.value), /Approved by Alex Wilber at .* - applied: Sales was assigned to Contoso A/);
    const update = await bot.connector.waitFor((r) => r.method === 'PUT' && r.activityId === cardId);
    assert.match(cardText(cardIn(update.activity)), /Approved by Alex Wilber .* applied/);
    assert.deepEqual(buttonsOf(cardIn(update.activity)), []);
    const told = await bot.connector.waitFor(
      (r) => r.conversationId === `a:${megan.id}` && /Your request/.test(r.activity.text ?? ''),
    );
    assert.match(told.activity.text!, /Add group Sales to Contoso A.*Approved by Alex Wilber/);
    const sales = await groupPrincipal(bot.world.gateway, 'Sales');
    assert.equal((await assignmentsOf(bot.world.gateway, await bot.world.config('Contoso A'), sales.id)).length, 1);
    // A second click finds it decided.
    const again = await bot.click(alex, Verb.approvalApprove, { requestId }, cardId, channel);
    assert.match(String(again.value), /already approved by Alex Wilber and applied/);
  });

  it('refuses the requester, a reader, and forged clicks, changing nothing', async () => {
    const { requestId, cardId } = await requestSalesGroup(); // no channel chosen: the card is in Megan's chat
    const self = await bot.click(megan, Verb.approvalApprove, { requestId }, cardId);
    assert.match(String(self.value), /can't approve your own request/i);
    const reader = await bot.click(lynne, Verb.approvalApprove, { requestId }, cardId);
    assert.match(String(reader.value), /needs the approver role/);
    const unknown = await bot.click(
      alex,
      Verb.approvalApprove,
      { requestId: '00000000-0000-4000-8000-000000000000' },
      cardId,
    );
    assert.match(String(unknown.value), /no approval request with that id/);
    const extra = await bot.click(
      alex,
      Verb.approvalApprove,
      { requestId, requester: alex.id, role: 'approver' },
      cardId,
    );
    assert.match(String(extra.value), /data I cannot use/);
    const verb = await bot.click(alex, 'approval.approveAll', { requestId }, cardId);
    assert.match(String(verb.value), /no longer available/);
    const stored = await bot.world.service().store.require(requestId);
    assert.equal(stored.status, 'pending');
    assert.equal(stored.approvals.length, 0);
    const sales = await groupPrincipal(bot.world.gateway, 'Sales');
    assert.equal((await assignmentsOf(bot.world.gateway, await bot.world.config('Contoso A'), sales.id)).length, 0);
    assert.ok(bot.world.logs.find('request not served').length >= 4);
  });

  it('applies once when 20 approve clicks arrive together', async () => {
    await useChannel();
    const { requestId, cardId } = await requestSalesGroup('channel');
    const isaiah = await bot.person('IsaiahL@contoso.com');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        bot.click(i % 2 ? alex : isaiah, Verb.approvalApprove, { requestId }, cardId, channel),
      ),
    );
    assert.equal(
      answers.filter((a) => a.type === 'application/vnd.microsoft.card.adaptive').length,
      1,
      answers.map((a) => JSON.stringify(a.value).slice(0, 120)).join('\n'),
    );
    const sales = await groupPrincipal(bot.world.gateway, 'Sales');
    assert.equal((await assignmentsOf(bot.world.gateway, await bot.world.config('Contoso A'), sales.id)).length, 1);
  });

  it('rejects with the comment typed on the card, and the requester is told', async () => {
    const { requestId, cardId } = await requestSalesGroup();
    const answer = await bot.click(
      alex,
      Verb.approvalReject,
      { requestId, comment: 'Wait for the Q3 rollout' },
      cardId,
    );
    assert.match(cardText(answer.value), /Rejected by Alex Wilber .*"Wait for the Q3 rollout"/);
    const told = await bot.connector.waitFor((r) => /Your request/.test(r.activity.text ?? ''));
    assert.match(told.activity.text!, /Rejected by Alex Wilber/);
  });

  it('lets the requester cancel, and lists pending approvals and the history', async () => {
    const { requestId, cardId } = await requestSalesGroup();
    await bot.say(lynne, 'pending approvals');
    const pending = await bot.connector.waitFor(
      (r) => r.conversationId === `a:${lynne.id}` && /Pending approvals/.test(cardText(cardIn(r.activity))),
    );
    assert.match(cardText(cardIn(pending.activity)), /Add group Sales to Contoso A[\s\S]*Waiting for approval/);
    const cancelled = await bot.click(megan, Verb.approvalCancel, { requestId }, cardId);
    assert.match(cardText(cancelled.value), /Cancelled by Megan Bowen/);
    await bot.say(lynne, 'approval history for Contoso A');
    const history = await bot.connector.waitFor((r) =>
      /Approval history for Contoso A/.test(cardText(cardIn(r.activity))),
    );
    assert.match(cardText(cardIn(history.activity)), /Cancelled by Megan Bowen/);
  });

  it('refuses a request from a reader before any preview', async () => {
    await bot.say(lynne, 'remove Lee Gu from Contoso A');
    const refusal = await bot.connector.waitFor((r) => r.conversationId === `a:${lynne.id}`);
    assert.match(cardText(cardIn(refusal.activity)), /needs the operator role/);
  });

  it('finishes an apply interrupted by a restart and updates the card once', async () => {
    await useChannel();
    const { requestId, cardId } = await requestSalesGroup('channel');
    // The approval was stored, then the bot stopped before applying.
    await bot.world
      .service()
      .store.update(
        requestId,
        step.approve({ id: alex.id, displayName: alex.name, roles: ['approver'] }, bot.world.clock.now),
      );
    await bot.restart();
    const update = await bot.connector.waitFor((r) => r.method === 'PUT' && r.activityId === cardId);
    assert.match(cardText(cardIn(update.activity)), /Approved by Alex Wilber .* applied/);
    const sales = await groupPrincipal(bot.world.gateway, 'Sales');
    assert.equal((await assignmentsOf(bot.world.gateway, await bot.world.config('Contoso A'), sales.id)).length, 1);
    assert.equal((await bot.world.service().store.require(requestId)).status, 'applied');
  });
});
