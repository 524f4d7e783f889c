import assert from 'node:assert/strict';
import type { ApprovalRequest } from '../../src/approvals/model';
import * as step from '../../src/approvals/transitions';
import type { Actor } from '../../src/domain';
import { CodedError } from '../../src/errors';

const now = new Date('2026-12-04T12:00:00Z');
const megan = { id: '8a94becf-b550-55fd-a0ff-5ad939bc5b34', displayName: 'Megan Bowen' };
const alex: Actor = { id: '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f', displayName: 'Alex Wilber', roles: ['approver'] };
const upper = (a: Actor): Actor => ({ ...a, id: a.id.toUpperCase() });

function twoApproverRequest(): ApprovalRequest {
  return {
    id: 'r1',
    requester: megan,
    status: 'pending',
    expiresAt: '2026-12-05T12:00:00Z',
    requiredApprovals: 2,
    approvals: [],
    applyAttempt: 0,
    history: [],
  } as unknown as ApprovalRequest;
}

const refusedWith = (code: string) => (e: unknown) => e instanceof CodedError && e.code === code;

describe('approval transitions compare Entra object ids whatever their letter case', () => {
  it('one approver cannot fill both slots of a two-approver request by changing the case of their id', () => {
    const once = step.approve(alex, now)(twoApproverRequest());
    assert.equal(once.approvals.length, 1);
    assert.throws(() => step.approve(upper(alex), now)(once), refusedWith('StaleAction'));
  });

  it('the requester cannot approve, and can cancel, with their id in upper case', () => {
    const requester: Actor = { ...megan, id: megan.id.toUpperCase(), roles: ['approver', 'operator'] };
    assert.throws(() => step.approve(requester, now)(twoApproverRequest()), refusedWith('SelfApproval'));
    assert.equal(step.cancel(requester, now)(twoApproverRequest()).status, 'cancelled');
  });
});
