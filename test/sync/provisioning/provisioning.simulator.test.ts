import assert from 'node:assert/strict';
import { describeError } from '../../../src/bot/errors/describeError';
import { cardOf } from '../../support/adaptiveCard';
import { startSyncWorld, SyncWorld, visibleText } from '../../support/syncBot';

interface Counters {
  requests: Record<string, number>;
  batchItems: Record<string, number>;
}

const ASSIGNMENTS = 'GET /v1.0/servicePrincipals/{id}/appRoleAssignedTo';
const SCHEMA = 'GET /v1.0/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema';

describe(
  "provision against the simulator: every configuration's scope read in one round trip, the " + 'same answers',
  function () {
    this.timeout(60_000);
    let world: SyncWorld;
    before(async () => {
      world = await startSyncWorld();
    });
    afterEach(async () => world.sim.control('DELETE', '/faults'));
    after(async () => world?.stop());

    /** What one message cost in Graph requests, counted by the simulator, and the text of the card it left. */
    const provision = async (text: string) => {
      await world.sim.control('POST', '/counters/reset');
      const replies = await world.bot.say(text);
      const last = world.updates.filter((u) => u.id === replies[0].id).at(-1)?.card ?? cardOf(replies[0]);
      const counters = (await world.sim.control('GET', '/counters')).body as Counters;
      return { text: visibleText(last), counters };
    };

    it(
      'reads the assignments of both configurations in one $batch, then provisions; the second time ' +
        'reuses the schema',
      async () => {
        const first = await provision('provision Adele Vance');
        assert.match(first.text, /Created Adele Vance in Fabrikam, Inc\. as Member/);
        assert.equal(first.counters.requests[ASSIGNMENTS], undefined, 'no assignment read on its own');
        assert.equal(first.counters.batchItems[ASSIGNMENTS], 2, 'Contoso A and Contoso B, in one batch');
        assert.equal(first.counters.requests[SCHEMA], 1, 'one schema read for the rule id and the mappings');

        const again = await provision('provision Adele Vance');
        assert.match(again.text, /No change: Adele Vance is already in sync in Fabrikam/);
        assert.equal(again.counters.batchItems[ASSIGNMENTS], 2);
        assert.equal(again.counters.requests[SCHEMA], undefined, 'the schema read a moment ago is reused');
        assert.equal(
          again.counters.requests['POST /v1.0/servicePrincipals/{id}/synchronization/jobs/{jobId}/provisionOnDemand'],
          1,
        );
      },
    );

    it(
      "when one configuration's assignments cannot be read, the user hears Graph's refusal, as from " +
        'the single read',
      async () => {
        const contosoB = await world.configuration('Contoso B');
        const fault = {
          kind: 'error',
          path: `/servicePrincipals/${contosoB.servicePrincipalId}/appRoleAssignedTo`,
          status: 403,
          code: 'Authorization_RequestDenied',
          message: 'Insufficient privileges to complete the operation.',
          count: 1,
        };
        await world.sim.control('POST', '/faults', fault);
        const expected = describeError(
          await world.gateway.listAssignments(contosoB.servicePrincipalId).catch((e: unknown) => e),
        );
        assert.equal(expected.code, 'GraphForbidden');
        await world.sim.control('POST', '/faults', fault);
        const { text } = await provision('provision Lee Gu');
        assert.ok(text.includes(expected.title), text);
        assert.ok(text.includes(expected.message), text);
        assert.doesNotMatch(text, /Created|Updated|No change/);
      },
    );
  },
);
