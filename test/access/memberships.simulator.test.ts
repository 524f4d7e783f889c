import assert from 'node:assert/strict';
import { entraMemberships } from '../../src/access';
import { CodedError, ErrorCode, isCoded } from '../../src/errors';
import { gatewayFor, tenantOf } from '../graph/simulator/simulatorGateway';
import { startTestSimulator, TestSimulator } from '../support/simulator';

describe('access: Entra memberships of the person acting', function () {
  let sim: TestSimulator;
  before(async () => {
    sim = await startTestSimulator();
  });
  after(async () => sim?.stop());

  it('answers the directory roles and groups of a user by object id', async () => {
    const { gateway } = gatewayFor(sim, tenantOf(sim, 'source'));
    const [megan] = await gateway.findUsers('MeganB@contoso.com');
    const memberships = await entraMemberships(gateway).membershipsOf(megan.id);
    assert.deepEqual(memberships, await gateway.listUserMemberships(megan.id));
    assert.ok(memberships.every((m) => m.kind === 'group' || m.kind === 'directoryRole'));
  });

  it('an unknown user is UnknownActor; other failures say the roles could not be checked', async () => {
    const { gateway } = gatewayFor(sim, tenantOf(sim, 'source'));
    await assert.rejects(
      entraMemberships(gateway).membershipsOf('00000000-0000-4000-8000-000000000000'),
      (e: unknown) => isCoded(e, ErrorCode.UnknownActor),
    );
    const failing = entraMemberships({
      listUserMemberships: async () => {
        throw new CodedError(ErrorCode.GraphForbidden, 'Graph refused.', {});
      },
    });
    await assert.rejects(
      failing.membershipsOf('u-1'),
      (e: unknown) => isCoded(e, ErrorCode.GraphForbidden) && /couldn't check your roles/.test((e as Error).message),
    );
  });
});
