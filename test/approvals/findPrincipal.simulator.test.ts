import assert from 'node:assert/strict';
import { ErrorCode, isCoded } from '../../src/errors';
import { ApprovalWorld, startApprovalWorld } from './support';

describe('approvals: which user or group a name means (ApprovalService.findPrincipal)', function () {
  this.timeout(60_000);
  let world: ApprovalWorld;
  before(async () => {
    world = await startApprovalWorld();
  });
  after(async () => world?.stop());

  it('finds a user by name or UPN and a group by "the ... group"', async () => {
    const service = world.service();
    const megan = await service.findPrincipal('Megan Bowen');
    assert.deepEqual([megan.type, megan.displayName], ['User', 'Megan Bowen']);
    assert.equal((await service.findPrincipal('user MeganB@contoso.com')).id, megan.id);
    const sales = await service.findPrincipal('the Sales group');
    assert.equal(sales.type, 'Group');
  });

  it('no match is refused with what was looked for', async () => {
    await assert.rejects(world.service().findPrincipal('group No Such Team'), (e: unknown) =>
      isCoded(e, ErrorCode.UnknownGroup),
    );
  });
});
