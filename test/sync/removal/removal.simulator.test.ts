import assert from 'node:assert/strict';
import { createGraphGateway } from '../../../src/graph/createGraphGateway';
import { previewRemoval, removeConfiguration } from '../../../src/sync/removal';
import { ApprovalWorld, startApprovalWorld } from '../../approvals/support';

describe('removing a configuration against the simulator', function () {
  this.timeout(60_000);
  let world: ApprovalWorld;
  beforeEach(async () => {
    world = await startApprovalWorld();
  });
  afterEach(async () => world?.stop());

  function fabrikamGateway() {
    const t = world.sim.connection.tenants.find((x) => x.name === 'Fabrikam')!;
    return createGraphGateway({
      settings: {
        baseUrl: world.sim.connection.graphBaseUrl,
        authorityHost: world.sim.connection.authorityHost,
        timeoutMs: 10_000,
        credential: { kind: 'secret', tenantId: t.tenantId, clientId: t.clientId, clientSecret: t.clientSecret },
      },
      logger: world.logs.logger,
    });
  }

  it(
    'needs approval, then deletes the application (and with it the service principal); users already synchronized ' +
      'stay in the target',
    async () => {
      const contosoA = await world.config('Contoso A');
      const adele = (await world.gateway.getUser('AdeleV@contoso.com'))!;
      const ruleId = (await world.gateway.getUserRuleId(contosoA.servicePrincipalId, contosoA.job!.id))!;
      const [outcome] = await world.gateway.provisionOnDemand(contosoA.servicePrincipalId, contosoA.job!.id, {
        ruleId,
        subjects: [{ objectId: adele.id, objectTypeName: 'User' }],
      });
      assert.equal(outcome.status, 'success', JSON.stringify(outcome));
      const fabrikam = fabrikamGateway();
      const synced = (await fabrikam.findUsers('Adele Vance')).find((u) => u.displayName === 'Adele Vance');
      assert.ok(synced, 'Adele is in Fabrikam');

      const preview = await previewRemoval(world.gateway, contosoA);
      assert.match(preview.consequences.join(' '), /Users already synchronized stay in Fabrikam/);
      const megan = await world.actor('MeganB@contoso.com', ['reader', 'operator', 'approver']);
      const alex = await world.actor('AlexW@contoso.com', ['reader', 'operator', 'approver']);
      const service = world.service();
      const draft = await service.preview({ actor: megan, config: contosoA, change: { kind: 'removeConfiguration' } });
      assert.match(draft.impact.existingUsersChange, /stay in Fabrikam/);
      const { request } = await service.submit(draft.id, megan, undefined);
      assert.ok(await world.gateway.getConfiguration(contosoA.servicePrincipalId), 'still there while pending');
      const app = await world.gateway.findApplicationByAppId(contosoA.appId);
      assert.ok(app);

      assert.equal(request.requiredApprovals, 2, 'removing a configuration needs two approvers');
      assert.equal((await service.approve(request.id, alex)).request.status, 'pending');
      assert.ok(await world.gateway.getConfiguration(contosoA.servicePrincipalId), 'still there after one approval');
      const isaiah = await world.actor('IsaiahL@contoso.com', ['reader', 'operator', 'approver']);
      const { request: applied } = await service.approve(request.id, isaiah);
      assert.equal(applied.status, 'applied', JSON.stringify(applied.result));
      assert.equal(await world.gateway.getConfiguration(contosoA.servicePrincipalId), undefined);
      assert.equal(
        await world.gateway.findApplicationByAppId(contosoA.appId),
        undefined,
        'the application is deleted too',
      );
      assert.ok((await fabrikam.getUser(synced.id))?.id, 'the synchronized user is still in Fabrikam');
      // The application is deleted (its service principal goes with it); the service principal is not deleted first.
      const counters = (await world.sim.control('GET', '/counters')).body as { requests: Record<string, number> };
      assert.equal(counters.requests['DELETE /v1.0/applications/{id}'], 1, JSON.stringify(counters.requests));
      assert.equal(counters.requests['DELETE /v1.0/servicePrincipals/{id}'], undefined);
      assert.equal(
        (await world.gateway.listConfigurations()).some((c) => c.displayName === 'Contoso A'),
        false,
      );

      const again = await removeConfiguration(world.gateway, contosoA.servicePrincipalId);
      assert.equal(again.kind, 'alreadyInEffect');
    },
  );
});
