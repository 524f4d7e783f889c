import assert from 'node:assert/strict';
import type { ApprovalService } from '../../../../src/approvals/service';
import { cardOf, cardText } from '../../../support/adaptiveCard';
import { CONTOSO_A } from '../../../support/configurations';
import { fakeCatalog } from '../../../support/fakeCatalog';
import { botUnderTest } from '../../../support/turns';

describe('"help approvals" shows the approval policy with the thresholds in use', () => {
  it('lists two-approver, one-approver and confirm-only changes with the TTL and the group size', async () => {
    const policy = { ttlHours: 12, twoApproversAbove: 7, twoApproversGroupSize: 40 };
    const t = botUnderTest({
      catalog: fakeCatalog([CONTOSO_A]),
      approvals: { service: { policy } as unknown as ApprovalService },
    });
    const text = cardText(cardOf((await t.say('help approvals'))[0]));
    assert.match(text, /expire after 12 hours/);
    assert.match(text, /Two different approvers[\s\S]*Sync all users[\s\S]*more than 40 members, or of unknown size/);
    assert.match(text, /Remove a configuration[\s\S]*ForceDeletes[\s\S]*deletion prevention off[\s\S]*Guided setup/);
    assert.match(text, /affecting more than 7 users/);
    assert.match(text, /One approver[\s\S]*Redirect failure e-mail/);
    assert.match(text, /No approval: an operator confirms[\s\S]*lower the threshold/);
    assert.deepEqual(
      t.logs.find('action started').map((e) => e.action),
      ['helpApprovals'],
    );
  });

  it('says so when approvals are not running', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]) });
    assert.match(cardText(cardOf((await t.say('approval policy'))[0])), /Approvals are not running/);
  });
});
