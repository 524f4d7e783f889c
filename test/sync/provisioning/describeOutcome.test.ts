import assert from 'node:assert/strict';
import { OnDemandResponse, parseProvisionOnDemand } from '../../../src/graph/mapping/onDemandParser';
import { createKnowledgeBase } from '../../../src/sync/knowledge/knowledgeBase';
import type { ProvisioningOutcome } from '../../../src/domain';
import { describeOutcome } from '../../../src/sync/provisioning/describeOutcome';
import { graphFixture } from '../../graph/support/fixtures';

const kb = createKnowledgeBase();
const ctx = { userName: 'User1', targetName: 'Fabrikam', configName: 'Contoso A' };
const parsed = (name: string) => parseProvisionOnDemand(graphFixture<OnDemandResponse>(name))[0];

describe('sync/provisioning outcomes in plain words', () => {
  it('documented form B (CTS): created in the target, each step named', () => {
    const view = describeOutcome(parsed('provisionOnDemand-formB.json'), ctx, kb);
    assert.equal(view.result, 'created');
    assert.match(view.headline, /^Created User1 in Fabrikam/);
    assert.deepEqual(
      view.steps.map((s) => s.label),
      ['Import', 'Scoping', 'Matching', 'Action'],
    );
    assert.match(view.steps[1].text, /^In scope: the user is active, assigned/);
  });

  it('documented form A: a RedundantExport skip reads "already in sync"', () => {
    const view = describeOutcome(parsed('provisionOnDemand-formA.json'), ctx, kb);
    assert.equal(view.result, 'inSync');
    assert.match(view.headline, /already in sync in Fabrikam/);
    assert.match(view.details[0], /^Already in sync/);
    assert.ok(!view.changes.some((c) => c.name === 'objectId'), 'bookkeeping properties are left out');
  });

  it('documented form B failure: the auto-redemption cause, the fix and what the service said', () => {
    const view = describeOutcome(parsed('provisionOnDemand-formB-failure.json'), ctx, kb);
    assert.equal(view.result, 'failed');
    assert.equal(view.error?.code, 'AzureDirectoryB2BManagementPolicyCheckFailure');
    assert.match(view.error!.cause, /automatic redemption/i);
    assert.match(view.error!.fix, /Automatically redeem invitations/);
    assert.ok(view.error!.serviceSaid.some((s) => /Ensure that the automatic redemption setting was enabled/.test(s)));
  });

  it('a failure with a setting found wrong says which tenant and which setting, and that fix first', () => {
    const findings = [
      {
        tenant: 'Northwind Traders',
        side: 'target' as const,
        setting: 'Inbound access > Trust settings > "Automatically redeem invitations with the tenant"',
        state: 'wrong' as const,
        observed: 'is off',
        how: 'test connection',
        fix: 'An administrator of Northwind Traders must tick it.',
      },
    ];
    const view = describeOutcome(parsed('provisionOnDemand-formB-failure.json'), { ...ctx, findings }, kb);
    assert.deepEqual(view.details, [
      'Northwind Traders (target tenant): Inbound access > Trust settings > "Automatically redeem invitations with ' +
        'the tenant" is off.',
    ]);
    assert.equal(view.error?.fix, 'An administrator of Northwind Traders must tick it.');
  });

  it('a matched B2B guest stays Guest because userType applies only on creation', () => {
    const outcome: ProvisioningOutcome = {
      action: 'update',
      status: 'success',
      modifiedProperties: [{ name: 'department', oldValue: null, newValue: 'HR' }],
      steps: [
        {
          name: 'EntrySynchronizationUpdate',
          kind: 'matching',
          status: 'success',
          description: 'will be updated',
          details: { TargetUserType: 'Guest' },
        },
      ],
    };
    const mappings = {
      ruleId: 'r',
      objectMappingName: 'Users',
      attributeMappings: [
        {
          targetAttributeName: 'userType',
          source: 'Member',
          sourceType: 'Constant' as const,
          flowType: 'ObjectAddOnly',
          matchingPriority: 0,
        },
      ],
    };
    const view = describeOutcome(outcome, { ...ctx, userName: 'Diego Siciliani', mappings }, kb);
    assert.equal(view.headline, 'Updated Diego Siciliani in Fabrikam (Guest)');
    assert.match(view.details.join(' '), /matched that user .* instead of creating a second one/);
    assert.match(
      view.details.join(' '),
      /stays Guest: the userType mapping of Contoso A applies only when a user is created/,
    );
  });

  it('out of scope: the scoping filter that failed and the fix (SMS sign-in)', () => {
    const outcome: ProvisioningOutcome = {
      action: 'other',
      status: 'skipped',
      modifiedProperties: [],
      skipReason: 'OutOfScope',
      steps: [
        {
          name: 'EntrySynchronizationScoping',
          kind: 'scoping',
          status: 'skipped',
          description: 'Determine if User in scope',
          details: {
            'Assigned to the application': 'True',
            ScopeEvaluationResult: JSON.stringify({
              "Filter external users.alternativeSecurityIds EQUALS 'None'": false,
            }),
          },
        },
        {
          name: 'EntrySynchronizationSkipped',
          kind: 'scoping',
          status: 'skipped',
          description: "The User 'LeeG@contoso.com' will be skipped. The user does not pass the scoping filter.",
          details: { SkipReason: 'OutOfScope' },
        },
      ],
    };
    const view = describeOutcome(outcome, { ...ctx, userName: 'Lee Gu' }, kb);
    assert.equal(view.result, 'skipped');
    assert.match(
      view.details[0],
      new RegExp(
        String.raw`scoping filter "Filter external users\.alternativeSecurityIds EQUALS 'None'" did not pass;` +
          String.raw` this user has SMS sign-in enabled`,
      ),
    );
    assert.equal(view.details[1], 'Fix: Disable SMS sign-in for the user, then provision again.');
  });
});
