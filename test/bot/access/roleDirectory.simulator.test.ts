import { entraMemberships } from '../../../src/access';
import assert from 'node:assert/strict';
import { RoleDirectory } from '../../../src/bot/access';
import type { RoleSettings } from '../../../src/config';
import { CodedError, ErrorCode } from '../../../src/errors';
import type { GraphGateway } from '../../../src/graph/gateway';
import { gatewayFor, tenantOf } from '../../graph/simulator/simulatorGateway';
import { DEFAULT_ROLE_SETTINGS } from '../../support/roles';
import { startTestSimulator, TestSimulator } from '../../support/simulator';
import { PEOPLE, STRANGER } from './people';

/** The real gateway to the simulator, counting the membership lookups that reach it. */
function countingGateway(gateway: GraphGateway) {
  const calls: string[] = [];
  return { calls, gateway: { listUserMemberships: (id: string) => (calls.push(id), gateway.listUserMemberships(id)) } };
}

describe('roles from Entra (RoleDirectory against the tenant simulator)', function () {
  this.timeout(30_000);
  let sim: TestSimulator;
  let gateway: GraphGateway;

  before(async () => {
    sim = await startTestSimulator();
    gateway = gatewayFor(sim, tenantOf(sim, 'source')).gateway;
  });
  after(async () => sim?.stop());
  afterEach(async () => sim.control('DELETE', '/faults'));

  it(
    'maps the default directory roles: administrators operate and approve, Global Reader reads, ' + 'others have none',
    async () => {
      const roles = new RoleDirectory({ memberships: entraMemberships(gateway), settings: DEFAULT_ROLE_SETTINGS });
      assert.deepEqual(await roles.rolesOf(PEOPLE.megan.id), ['reader', 'operator', 'approver']);
      assert.deepEqual(await roles.rolesOf(PEOPLE.alex.id), ['reader', 'operator', 'approver']);
      assert.deepEqual(await roles.rolesOf(PEOPLE.isaiah.id), ['reader', 'operator', 'approver']);
      assert.deepEqual(await roles.rolesOf(PEOPLE.lynne.id), ['reader']);
      assert.deepEqual(await roles.rolesOf(PEOPLE.adele.id), []);
    },
  );

  it('names the missing permission when Entra returns the directory roles without names', async () => {
    const source = tenantOf(sim, 'source');
    const original = [...sim.sim.core.state.get(source.tenantId)!.authApps.get(source.clientId)!.roles];
    const granted = await sim.control('PATCH', `/tenants/contoso/apps/${source.clientId}`, {
      roles: ['User.Read.All', 'GroupMember.Read.All', 'Group.Read.All'],
    });
    assert.equal(granted.status, 200);
    try {
      // A permission change reaches Graph with the next token: a new gateway signs in again.
      const fresh = gatewayFor(sim, source).gateway;
      const roles = new RoleDirectory({ memberships: entraMemberships(fresh), settings: DEFAULT_ROLE_SETTINGS });
      await assert.rejects(
        roles.rolesOf(PEOPLE.megan.id),
        (e: unknown) =>
          e instanceof CodedError &&
          e.code === ErrorCode.GraphForbidden &&
          /RoleManagement\.Read\.Directory/.test(e.message) &&
          /role without its name/.test(e.message),
      );
    } finally {
      await sim.control('PATCH', `/tenants/contoso/apps/${source.clientId}`, {
        roles: original,
      });
    }
  });

  it('grants roles through configured groups (transitive), and by role template id', async () => {
    const [identityOps] = await gateway.findGroups('Identity Ops');
    const [sales] = await gateway.findGroups('Sales');
    const settings: RoleSettings = {
      ...DEFAULT_ROLE_SETTINGS,
      operatorRoles: [],
      approverRoles: ['62e90394-69f5-4237-9190-012177145e10'], // Global Administrator's template id
      operatorGroupIds: [identityOps.id.toUpperCase()],
      readerGroupIds: [sales.id],
    };
    const roles = new RoleDirectory({ memberships: entraMemberships(gateway), settings });
    assert.deepEqual(
      await roles.rolesOf(PEOPLE.alex.id),
      ['reader', 'operator'],
      'Identity Ops member, no longer operator by role',
    );
    assert.deepEqual(await roles.rolesOf(PEOPLE.megan.id), ['reader', 'operator', 'approver']);
    // Isabella is in Sales EMEA, which is nested in Sales.
    const [isabella] = await gateway.findUsers('IsabellaS@contoso.com');
    assert.deepEqual(await roles.rolesOf(isabella.id), ['reader']);
    assert.deepEqual(await roles.rolesOf(PEOPLE.adele.id), []);
  });

  it('someone the directory does not know is UnknownActor', async () => {
    const roles = new RoleDirectory({ memberships: entraMemberships(gateway), settings: DEFAULT_ROLE_SETTINGS });
    await assert.rejects(
      roles.rolesOf(STRANGER.id),
      (e: unknown) =>
        e instanceof CodedError &&
        e.code === ErrorCode.UnknownActor &&
        /not a user of this organization/.test(e.message),
    );
  });

  it('a failed lookup keeps the Graph code and request id, says it was the role check, and is not cached', async () => {
    const { calls, gateway: counted } = countingGateway(gateway);
    const roles = new RoleDirectory({ memberships: entraMemberships(counted), settings: DEFAULT_ROLE_SETTINGS });
    await sim.control('POST', '/faults', {
      kind: 'error',
      path: 'transitiveMemberOf',
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
      count: 1,
    });
    const failure = await roles.rolesOf(PEOPLE.lynne.id).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(failure instanceof CodedError);
    assert.equal(failure.code, ErrorCode.GraphForbidden);
    assert.match(failure.message, /couldn't check your roles in Microsoft Entra ID/);
    assert.match(String(failure.details.requestId), /^[0-9a-f-]{36}$/);
    assert.deepEqual(await roles.rolesOf(PEOPLE.lynne.id), ['reader'], 'the next message asks again');
    assert.equal(calls.length, 2);
  });

  it('caches for ROLE_CACHE_SECONDS, shares one lookup between concurrent turns, and reads again after', async () => {
    let now = 1_000_000;
    const { calls, gateway: counted } = countingGateway(gateway);
    const roles = new RoleDirectory({
      memberships: entraMemberships(counted),
      settings: { ...DEFAULT_ROLE_SETTINGS, cacheSeconds: 300 },
      now: () => now,
    });
    const [a, b] = await Promise.all([roles.rolesOf(PEOPLE.lynne.id), roles.rolesOf(PEOPLE.lynne.id)]);
    assert.deepEqual([a, b], [['reader'], ['reader']]);
    assert.equal(calls.length, 1);
    now += 299_000;
    await roles.rolesOf(PEOPLE.lynne.id.toUpperCase());
    assert.equal(calls.length, 1, 'still cached (ids compared case-insensitively)');
    now += 2_000;
    await roles.rolesOf(PEOPLE.lynne.id);
    assert.equal(calls.length, 2, 'expired: Entra is read again');
    roles.forget(PEOPLE.lynne.id);
    await roles.rolesOf(PEOPLE.lynne.id);
    assert.equal(calls.length, 3);
  });

  it('ROLE_CACHE_SECONDS=0 reads Entra on every turn; the cache holds a bounded number of users', async () => {
    const { calls, gateway: counted } = countingGateway(gateway);
    const uncached = new RoleDirectory({
      memberships: entraMemberships(counted),
      settings: { ...DEFAULT_ROLE_SETTINGS, cacheSeconds: 0 },
    });
    await uncached.rolesOf(PEOPLE.adele.id);
    await uncached.rolesOf(PEOPLE.adele.id);
    assert.equal(calls.length, 2);

    const small = new RoleDirectory({
      memberships: entraMemberships(counted),
      settings: DEFAULT_ROLE_SETTINGS,
      maxEntries: 2,
    });
    for (const p of [PEOPLE.megan, PEOPLE.alex, PEOPLE.lynne]) await small.rolesOf(p.id);
    calls.length = 0;
    await small.rolesOf(PEOPLE.lynne.id);
    assert.equal(calls.length, 0, 'the newest stays');
    await small.rolesOf(PEOPLE.megan.id);
    assert.equal(calls.length, 1, 'the oldest was let go');
  });
});
