import assert from 'node:assert/strict';
import type { ApprovalRequest } from '../../src/approvals/model';
import { cardMessage } from '../../src/bot/turn/reply';
import { renderAlertCard } from '../../src/cards/alert';
import { renderApprovalRequestCard } from '../../src/cards/approvalRequest';
import { renderLogListCard } from '../../src/cards/logList';
import { cardSummary } from '../../src/cards/render';
import { loadConfig } from '../../src/config';
import { assertValidCard, cardText } from '../support/adaptiveCard';

const REQUESTER = { id: '8a94becf-b550-55fd-a0ff-5ad939bc5b34', displayName: 'Megan Bowen' };

function request(status: ApprovalRequest['status']): ApprovalRequest {
  return {
    id: 'req-1',
    configurationId: 'sp-1',
    configurationName: 'Contoso A',
    change: { kind: 'addPrincipal', principal: { id: 'g-1', type: 'Group', displayName: 'Sales' } },
    impact: { entering: 12, leaving: 0, leavingNames: [], existingUsersChange: '', notes: [] },
    requester: REQUESTER,
    createdAt: '2026-01-05T09:00:00Z',
    expiresAt: '2026-01-06T09:00:00Z',
    requiredApprovals: 1,
    approvals: status === 'applied' ? [{ id: 'a-1', displayName: 'Alex Wilber', at: '2026-01-05T10:00:00Z' }] : [],
    status,
    applyAttempt: status === 'applied' ? 1 : 0,
    history: [],
  } as ApprovalRequest;
}

type Entities = Array<{ type: string; text: string; mentioned: { id: string; name: string; type?: string } }>;
const entitiesOf = (card: object) =>
  ((card as { msteams?: { entities?: Entities } }).msteams?.entities ?? []) as Entities;

/** Proactive cards get noticed: a notification text instead of "Card", and the right people @mentioned. */
describe('cards that arrive unasked', () => {
  const mentions = loadConfig({
    APPROVER_MENTIONS: 'Adele Vance=adele@contoso.com, lee@contoso.com, tag:Identity Approvers=MjQzMmYzODQtZjA=',
  }).roles.approverMentions!;

  it('APPROVER_MENTIONS reads users (UPN or object id, a name before =) and a Teams tag with its id', () => {
    assert.deepEqual(mentions, [
      { kind: 'user', id: 'adele@contoso.com', name: 'Adele Vance' },
      { kind: 'user', id: 'lee@contoso.com', name: 'lee@contoso.com' },
      { kind: 'tag', id: 'MjQzMmYzODQtZjA=', name: 'Identity Approvers' },
    ]);
    assert.throws(
      () => loadConfig({ APPROVER_MENTIONS: 'tag:Approvers' }),
      /APPROVER_MENTIONS: "tag:Approvers" is not a tag/,
    );
    assert.throws(() => loadConfig({ APPROVER_MENTIONS: 'adele' }), /APPROVER_MENTIONS: "adele" is neither/);
  });

  it('a waiting approval card mentions the approvers configured and says in its notification what is asked', () => {
    const card = renderApprovalRequestCard(request('pending'), { approverRoleNames: [], approverMentions: mentions });
    assertValidCard(card);
    assert.match(
      cardText(card),
      /For approval: <at>Adele Vance<\/at>, <at>lee@contoso\.com<\/at>, <at>Identity Approvers<\/at>/,
    );
    assert.deepEqual(entitiesOf(card), [
      { type: 'mention', text: '<at>Adele Vance</at>', mentioned: { id: 'adele@contoso.com', name: 'Adele Vance' } },
      {
        type: 'mention',
        text: '<at>lee@contoso.com</at>',
        mentioned: { id: 'lee@contoso.com', name: 'lee@contoso.com' },
      },
      {
        type: 'mention',
        text: '<at>Identity Approvers</at>',
        mentioned: { id: 'MjQzMmYzODQtZjA=', name: 'Identity Approvers', type: 'tag' },
      },
    ]);
    const message = cardMessage(card, undefined);
    assert.match(String(message.summary), /^Approval needed: .*Sales.*Contoso A.*, requested by Megan Bowen$/);
  });

  it('without APPROVER_MENTIONS the waiting card mentions nobody, and still has its summary', () => {
    const card = renderApprovalRequestCard(request('pending'), { approverRoleNames: [] });
    assert.deepEqual(entitiesOf(card), []);
    assert.doesNotMatch(JSON.stringify(card), /<at>/);
    assert.ok(cardSummary(card));
  });

  it('a decided approval card mentions the requester, not the approvers again', () => {
    for (const status of ['applied', 'rejected', 'failed', 'expired'] as const) {
      const card = renderApprovalRequestCard(request(status), { approverRoleNames: [], approverMentions: mentions });
      assertValidCard(card);
      assert.match(cardText(card), /Requested by <at>Megan Bowen<\/at>/, status);
      assert.deepEqual(entitiesOf(card), [
        { type: 'mention', text: '<at>Megan Bowen</at>', mentioned: { id: REQUESTER.id, name: 'Megan Bowen' } },
      ]);
      assert.match(String(cardMessage(card, undefined).summary), /Sales.*: /, status);
    }
  });

  it('an alert card says in its notification how bad, where and what', () => {
    const card = renderAlertCard({
      incident: {
        id: 'i-1',
        configurationName: 'Contoso A',
        severity: 'error',
        state: 'open',
        title: 'Provisioning failed for 3 users',
        summary: 'Three users failed.',
        affectedUsers: [],
        openedAt: '2026-01-05T09:00:00Z',
      },
      errors: [],
      buttons: [],
    } as never);
    assert.equal(cardMessage(card, undefined).summary, 'Error · Contoso A: Provisioning failed for 3 users');
  });

  it('the five-column log card uses the full width of the conversation', () => {
    const card = renderLogListCard({
      title: 'Provisioning log',
      subtitle: 'Contoso A',
      rows: [],
      emptyMessage: 'Nothing yet.',
      footer: 'Newest first.',
      buttons: [],
      links: [],
    });
    assertValidCard(card);
    assert.deepEqual((card as { msteams?: unknown }).msteams, { width: 'Full' });
  });
});
