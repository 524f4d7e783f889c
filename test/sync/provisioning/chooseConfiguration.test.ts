import assert from 'node:assert/strict';
import { CodedError, ErrorCode } from '../../../src/errors';
import type { DirectoryUser, ScopeAssignment, SyncConfiguration } from '../../../src/domain';
import { chooseConfiguration } from '../../../src/sync/provisioning/chooseConfiguration';
import type { AssignmentMemo } from '../../../src/sync/provisioning/userScope';
import { CONTOSO_A, CONTOSO_B } from '../../support/configurations';

const ADELE: DirectoryUser = { id: 'user-adele', displayName: 'Adele Vance', userPrincipalName: 'AdeleV@contoso.com' };
const assignment = (
  principalId: string,
  principalType: 'User' | 'Group',
  principalDisplayName = principalId,
): ScopeAssignment => ({ id: `a-${principalId}`, principalId, principalType, principalDisplayName, appRoleId: 'role' });

function gateway(
  assignments: Record<string, ScopeAssignment[] | CodedError>,
  memberships: string[],
  directMembers: Record<string, string[]>,
) {
  const reads: string[][] = [];
  return {
    reads,
    /** Like the gateway: every configuration asked in one round trip, a failed one answering its CodedError. */
    listAssignmentsOfEach: async (sps: string[]) => (reads.push(sps), sps.map((sp) => assignments[sp] ?? [])),
    listUserMemberships: async () => memberships.map((id) => ({ id, displayName: id, kind: 'group' as const })),
    listGroupMembers: async (groupId: string) => ({
      items: (directMembers[groupId] ?? []).map((id) => ({ id, displayName: id, userPrincipalName: id })),
    }),
  };
}
const assignedOnlyB: SyncConfiguration = { ...CONTOSO_B, scopeMode: 'assignedOnly' };

describe('sync/provisioning choosing the configuration whose scope holds a user', () => {
  it('a direct assignment chooses the configuration', async () => {
    const choice = await chooseConfiguration(
      gateway({ [CONTOSO_A.servicePrincipalId]: [assignment('user-adele', 'User')] }, [], {}),
      [CONTOSO_A, assignedOnlyB],
      ADELE,
    );
    assert.equal(choice.kind === 'chosen' && choice.check.config, CONTOSO_A);
    assert.equal(choice.kind === 'chosen' && choice.check.reason, 'assigned directly');
  });

  it(
    'direct membership of an assigned group counts; membership through a nested group does not ' + '(and says so)',
    async () => {
      const g = gateway(
        {
          [CONTOSO_A.servicePrincipalId]: [assignment('retail', 'Group', 'Retail')],
          [assignedOnlyB.servicePrincipalId]: [assignment('sales', 'Group', 'Sales')],
        },
        ['retail', 'sales', 'sales-emea'],
        { retail: ['user-adele'], sales: ['sales-emea'] },
      );
      const choice = await chooseConfiguration(g, [CONTOSO_A, assignedOnlyB], ADELE);
      assert.equal(choice.kind, 'chosen');
      assert.equal(choice.kind === 'chosen' && choice.check.reason, 'direct member of the assigned group Retail');
      const onlyB = await chooseConfiguration(g, [CONTOSO_A, assignedOnlyB], ADELE, 'Northwind');
      assert.equal(onlyB.kind, 'outOfScope');
      assert.match(
        onlyB.kind === 'outOfScope' ? onlyB.checks[0].reason : '',
        /only through a nested group, and nested groups do not count/,
      );
    },
  );

  it(
    'several configurations holding the user ask; "to <target or name>" narrows first; unknown ' + 'targets are said',
    async () => {
      const g = gateway({ [CONTOSO_A.servicePrincipalId]: [assignment('user-adele', 'User')] }, [], {});
      const syncAllB: SyncConfiguration = { ...CONTOSO_B, scopeMode: 'allUsers' };
      assert.equal((await chooseConfiguration(g, [CONTOSO_A, syncAllB], ADELE)).kind, 'several');
      const toFabrikam = await chooseConfiguration(g, [CONTOSO_A, syncAllB], ADELE, 'fabrikam');
      assert.equal(toFabrikam.kind === 'chosen' && toFabrikam.check.config, CONTOSO_A);
      const byName = await chooseConfiguration(g, [CONTOSO_A, syncAllB], ADELE, 'contoso-b');
      assert.equal(byName.kind === 'chosen' && byName.check.reason, 'the configuration syncs all users and groups');
      assert.equal((await chooseConfiguration(g, [CONTOSO_A, syncAllB], ADELE, 'Tailspin')).kind, 'unknownTarget');
      assert.equal((await chooseConfiguration(g, [{ ...CONTOSO_A, job: undefined }], ADELE)).kind, 'noConfigurations');
    },
  );

  it('reads the assignments of every configuration in one call, once for all the users of a request', async () => {
    const lee: DirectoryUser = { id: 'user-lee', displayName: 'Lee Gu', userPrincipalName: 'LeeG@contoso.com' };
    const g = gateway(
      {
        [CONTOSO_A.servicePrincipalId]: [assignment('user-adele', 'User')],
        [assignedOnlyB.servicePrincipalId]: [assignment('user-lee', 'User')],
      },
      [],
      {},
    );
    const memo: AssignmentMemo = new Map();
    const [adele, leeChoice] = await Promise.all([
      chooseConfiguration(g, [CONTOSO_A, assignedOnlyB], ADELE, undefined, memo),
      chooseConfiguration(g, [CONTOSO_A, assignedOnlyB], lee, undefined, memo),
    ]);
    assert.equal(adele.kind === 'chosen' && adele.check.config, CONTOSO_A);
    assert.equal(leeChoice.kind === 'chosen' && leeChoice.check.config, assignedOnlyB);
    assert.deepEqual(g.reads, [[CONTOSO_A.servicePrincipalId, assignedOnlyB.servicePrincipalId]]);
    const syncAllB: SyncConfiguration = { ...CONTOSO_B, scopeMode: 'allUsers' };
    const fresh = gateway({}, [], {});
    await chooseConfiguration(fresh, [CONTOSO_A, syncAllB], ADELE);
    assert.deepEqual(
      fresh.reads,
      [[CONTOSO_A.servicePrincipalId]],
      'a "sync all users" configuration needs no assignments',
    );
  });

  it(
    'a configuration whose assignments cannot be read fails the choice with that Graph error, for every user of the ' +
      'request',
    async () => {
      const refused = new CodedError(
        ErrorCode.GraphForbidden,
        'Graph refused GET /servicePrincipals/{id}/appRoleAssignedTo (Authorization_RequestDenied)',
        { status: 403 },
      );
      const g = gateway(
        {
          [CONTOSO_A.servicePrincipalId]: [assignment('user-adele', 'User')],
          [assignedOnlyB.servicePrincipalId]: refused,
        },
        [],
        {},
      );
      const memo: AssignmentMemo = new Map();
      await assert.rejects(
        chooseConfiguration(g, [CONTOSO_A, assignedOnlyB], ADELE, undefined, memo),
        (e: unknown) => e === refused,
      );
      await assert.rejects(
        chooseConfiguration(g, [CONTOSO_A, assignedOnlyB], ADELE, undefined, memo),
        (e: unknown) => e === refused,
      );
      assert.equal(g.reads.length, 1, 'the failure is remembered for the request, as a single read was');
      const toFabrikam = await chooseConfiguration(g, [CONTOSO_A, assignedOnlyB], ADELE, 'fabrikam', memo);
      assert.equal(
        toFabrikam.kind === 'chosen' && toFabrikam.check.config,
        CONTOSO_A,
        'a configuration not asked about does not matter',
      );
    },
  );
});
