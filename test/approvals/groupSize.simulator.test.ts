import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config';
import type { Actor, SyncConfiguration } from '../../src/domain';
import { ApprovalWorld, assignmentsOf, groupPrincipal, startApprovalWorld } from './support';

/** Above 5,000 direct members the bot stops counting (approvals/scope.ts): the group's size is unknown. */
const UNCOUNTABLE = 5_100;

/**
 * Adding a group: more direct members than APPROVAL_TWO_APPROVERS_GROUP_SIZE, or too many to count, needs two
 * approvers; a small group one. Sizes are read from Graph (the simulator), the threshold from the setting.
 */
describe('the group-size rule for adding a group (simulator)', function () {
  this.timeout(120_000);
  let world: ApprovalWorld;
  let contosoA: SyncConfiguration;
  let megan: Actor;
  let alex: Actor;
  let isaiah: Actor;
  // APPROVAL_TWO_APPROVERS_GROUP_SIZE=4: Retail (3 members) and Sales (4 direct) are small, Leadership (5) is not.
  const groupSize = loadConfig({ APPROVAL_TWO_APPROVERS_GROUP_SIZE: '4' }).approvals.twoApproversGroupSize;

  before(async () => {
    assert.equal(groupSize, 4, 'the setting is the threshold');
    world = await startApprovalWorld({ users: UNCOUNTABLE });
    // A group with every user of the tenant: more members than the bot counts.
    const tenant = world.sim.sim.core.state.source();
    const everyone = [...tenant.users.all()].map((u) => u.data.id as string);
    tenant.groups.set('0e7a5c1d-4b2f-4e8a-9c3d-6f1b2a3c4d5e', {
      data: {
        id: '0e7a5c1d-4b2f-4e8a-9c3d-6f1b2a3c4d5e',
        deletedDateTime: null,
        displayName: 'Everyone at Contoso',
        description: 'All employees',
        groupTypes: [],
        mail: null,
        mailEnabled: false,
        mailNickname: 'EveryoneAtContoso',
        securityEnabled: true,
      },
      members: new Set(everyone),
    });
    contosoA = await world.config('Contoso A');
    megan = await world.actor('MeganB@contoso.com', ['reader', 'operator', 'approver']);
    alex = await world.actor('AlexW@contoso.com', ['reader', 'operator', 'approver']);
    isaiah = await world.actor('IsaiahL@contoso.com', ['reader', 'operator', 'approver']);
  });
  after(async () => world?.stop());

  async function requestToAdd(name: string) {
    const service = world.service({ twoApproversGroupSize: groupSize });
    const principal = await groupPrincipal(world.gateway, name);
    const draft = await service.preview({
      actor: megan,
      config: contosoA,
      change: { kind: 'addPrincipal', principal },
    });
    const { request } = await service.submit(draft.id, megan, { conversation: { id: 'channel' } });
    return { service, principal, draft, request };
  }

  for (const [name, members] of [
    ['Retail', 3],
    ['Sales', 4],
  ] as const) {
    it(`${name} (${members} direct members, not above ${groupSize}) needs one approver, then joins`, async () => {
      const { service, principal, draft, request } = await requestToAdd(name);
      assert.equal(draft.impact.groupSize, members);
      assert.equal(request.requiredApprovals, 1);
      assert.equal((await service.approve(request.id, alex)).request.status, 'applied');
      assert.equal((await assignmentsOf(world.gateway, contosoA, principal.id)).length, 1);
    });
  }

  it('Leadership (5 members, above 4) needs two different approvers', async () => {
    const { service, principal, draft, request } = await requestToAdd('Leadership');
    assert.equal(draft.impact.groupSize, 5);
    assert.equal(request.requiredApprovals, 2);
    assert.equal((await service.approve(request.id, alex)).request.status, 'pending');
    assert.deepEqual(await assignmentsOf(world.gateway, contosoA, principal.id), [], 'one approval assigns nothing');
    assert.equal((await service.approve(request.id, isaiah)).request.status, 'applied');
    assert.equal((await assignmentsOf(world.gateway, contosoA, principal.id)).length, 1);
  });

  it('a group too large to count has an unknown size and needs two approvers, whatever the threshold', async () => {
    const { draft, request } = await requestToAdd('Everyone at Contoso');
    assert.equal(draft.impact.groupSize, undefined, 'the count stopped: the size is unknown');
    assert.ok((draft.impact.entering ?? 0) > 4_000, `thousands enter (${draft.impact.entering})`);
    assert.equal(request.requiredApprovals, 2);
    const generous = world.service({ twoApproversGroupSize: 1_000_000 });
    const again = await generous.preview({
      actor: megan,
      config: contosoA,
      change: { kind: 'addPrincipal', principal: await groupPrincipal(world.gateway, 'Everyone at Contoso') },
    });
    const submitted = await generous.submit(again.id, megan, { conversation: { id: 'channel' } });
    assert.equal(submitted.request.requiredApprovals, 2, 'unknown is never "small"');
  });
});
