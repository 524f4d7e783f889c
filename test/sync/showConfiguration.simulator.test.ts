import assert from 'node:assert/strict';
import type { CodedError } from '../../src/errors';
import type { ConfigurationParts, GraphGateway } from '../../src/graph/gateway';
import { CatalogGateway, createConfigurationCatalog } from '../../src/sync/configurationCatalog';
import { cardOf } from '../support/adaptiveCard';
import { startSyncWorld, SyncWorld, visibleText } from '../support/syncBot';
import { gatewayFor, tenantOf } from '../graph/simulator/simulatorGateway';
import { captureLogger } from '../graph/support/captureLogger';

/**
 * The reads "show configuration" made before they were batched: one request per part, each failure kept as the part's
 * error.
 */
function onePerPart(gateway: GraphGateway): CatalogGateway {
  const part = <T>(read: Promise<T>) => read.catch((error: CodedError) => error);
  return {
    listConfigurations: () => gateway.listConfigurations(),
    findTenantsById: (ids) => gateway.findTenantsById(ids),
    async readConfigurationParts(sp, { jobId, partnerTenantId }): Promise<ConfigurationParts> {
      const [job, settings, assignments, mappings, partner] = await Promise.all([
        jobId ? part(gateway.getJob(sp, jobId)) : undefined,
        part(gateway.getSettings(sp)),
        part(gateway.listAssignments(sp)),
        jobId ? part(gateway.getMappings(sp, jobId)) : undefined,
        partnerTenantId ? part(gateway.getPartner(partnerTenantId)) : undefined,
      ]);
      return { job, settings, assignments, mappings, partner };
    },
  };
}

describe('show configuration against the simulator: one round trip, the same answer', function () {
  this.timeout(60_000);
  let world: SyncWorld;
  before(async () => {
    world = await startSyncWorld();
  });
  afterEach(async () => world.sim.control('DELETE', '/faults'));
  after(async () => world?.stop());

  const show = async (name: string) => {
    const from = world.requests.length;
    const replies = await world.bot.say(`show configuration ${name}`);
    assert.equal(replies.length, 1);
    return {
      text: visibleText(cardOf(replies[0])),
      calls: world.requests.slice(from).map((r) => `${r.method} ${r.path}`),
    };
  };

  it(
    'shows the same details as reading each part on its own, for every configuration, and with a ' + 'part that fails',
    async () => {
      const source = tenantOf(world.sim, 'source');
      const batched = createConfigurationCatalog({
        gateway: gatewayFor(world.sim, source).gateway,
        logger: captureLogger().logger,
        cacheMs: 0,
      });
      const unbatched = createConfigurationCatalog({
        gateway: onePerPart(gatewayFor(world.sim, source).gateway),
        logger: captureLogger().logger,
        cacheMs: 0,
      });
      for (const config of await batched.list())
        assert.deepEqual(await batched.details(config), await unbatched.details(config), config.displayName);

      const contosoB = (await batched.resolve('Contoso B')).match!;
      await world.sim.control('POST', '/faults', {
        kind: 'error',
        path: `/servicePrincipals/${contosoB.servicePrincipalId}/synchronization/secrets`,
        status: 403,
        code: 'Authorization_RequestDenied',
        count: 2,
      });
      const withFailure = await batched.details(contosoB);
      assert.deepEqual(withFailure, await unbatched.details(contosoB));
      assert.match(
        withFailure.warnings[0],
        new RegExp(
          String.raw`^Could not read the settings: Graph refused GET` +
            String.raw` \/servicePrincipals\/\{id\}\/synchronization\/secrets \(Authorization_RequestDenied\)`,
        ),
      );
    },
  );

  it('"show configuration" reads the configuration in one $batch after the listing', async () => {
    const { text, calls } = await show('Contoso A');
    assert.match(
      text,
      new RegExp(
        String.raw`Contoso A[\s\S]*Assigned users: 3[\s\S]*userType: "Member" \(only on` +
          String.raw` creation\)[\s\S]*Auto-redeem invitations \(outbound\): On`,
      ),
    );
    const listing = calls.filter((c) => c === 'GET /v1.0/servicePrincipals').length;
    assert.deepEqual(
      calls.slice(listing),
      ['POST /v1.0/$batch', 'POST /v1.0/$batch', 'POST /v1.0/$batch'],
      'jobs and secrets, tenant names, then the details',
    );
    assert.ok(!calls.some((c) => /schema|appRoleAssignedTo|partners|secrets/.test(c)), calls.join('\n'));
  });

  it('a mapping the bot changes shows at once, though the schema is otherwise reused', async () => {
    const schemaReads = async () => {
      const counters = (await world.sim.control('GET', '/counters')).body as { batchItems: Record<string, number> };
      await world.sim.control('POST', '/counters/reset');
      return counters.batchItems['GET /v1.0/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema'] ?? 0;
    };
    await show('Contoso A');
    await schemaReads();
    assert.match((await show('Contoso A')).text, /userType: "Member" \(only on creation\)/);
    assert.equal(await schemaReads(), 0, 'the schema read a moment ago is reused');
    const contosoA = await world.configuration('Contoso A');
    await world.gateway.setUserTypeMapping(contosoA.servicePrincipalId, contosoA.job!.id, 'Member', false);
    await schemaReads();
    assert.match((await show('Contoso A')).text, /userType: "Member" \(always\)/);
    assert.equal(await schemaReads(), 1);
  });
});
