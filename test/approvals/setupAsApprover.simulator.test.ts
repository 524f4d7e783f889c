import assert from 'node:assert/strict';
import type { ApprovalService } from '../../src/approvals/service';
import { describeOutcome } from '../../src/approvals/describe';
import { createWrites } from '../../src/compose/writes';
import type { GraphSettings } from '../../src/config';
import type { ActingUser, Actor } from '../../src/domain';
import { ErrorCode } from '../../src/errors';
import { createSetupService } from '../../src/sync/setup';
import { ApprovalWorld, startApprovalWorld } from './support';

interface Audit {
  activityDisplayName: string;
  initiatedBy: { user?: { displayName?: string }; app?: unknown };
}

/**
 * GRAPH_WRITES=user for guided setup: the source tenant's changes (partner policy, instantiate, job, secrets) are made
 * with the on-behalf-of token of the approver whose approval completed the request, so Entra checks their roles.
 */
describe("guided setup and removal applied with the approver's own token (simulator)", function () {
  this.timeout(90_000);
  let world: ApprovalWorld;
  let service: ApprovalService;
  let tenantId: string;
  const people: Record<string, Actor> = {};

  const as = (actor: Actor): ActingUser => ({ aadObjectId: actor.id, tenantId, displayName: actor.displayName });
  const audits = async () =>
    (
      (await fetch(`${world.sim.connection.graphBaseUrl}/auditLogs/directoryAudits`, {
        headers: { Authorization: `Bearer ${await world.sim.token()}` },
      }).then((r) => r.json())) as { value: Audit[] }
    ).value;

  beforeEach(async () => {
    world = await startApprovalWorld();
    const source = world.sim.connection.tenants.find((t) => t.role === 'source')!;
    tenantId = source.tenantId;
    const settings: GraphSettings = {
      baseUrl: world.sim.connection.graphBaseUrl,
      authorityHost: world.sim.connection.authorityHost,
      timeoutMs: 15_000,
      credential: { kind: 'secret', tenantId, clientId: source.clientId, clientSecret: source.clientSecret },
    };
    const sso = {
      clientId: source.clientId,
      credential: { kind: 'secret' as const, clientSecret: source.clientSecret },
      resource: source.appIdUri,
    };
    const { writes, signIn } = createWrites(
      { graphWrites: 'user', sso, graph: settings },
      world.gateway,
      world.logs.logger,
    );
    const setup = createSetupService({
      gateway: world.gateway,
      targets: () => undefined,
      sourceTenantId: tenantId,
      writes,
    });
    service = world.service({ setup, writes });
    for (const [name, upn] of [
      ['lynne', 'LynneR@contoso.com'],
      ['alex', 'AlexW@contoso.com'],
      ['patti', 'PattiF@contoso.com'],
      ['megan', 'MeganB@contoso.com'],
    ]) {
      people[name] = await world.actor(upn, ['reader', 'operator', 'approver']);
      await signIn!.tokens.signIn(as(people[name]), await world.sim.userAssertion(upn));
    }
  });
  afterEach(async () => world?.stop());

  it('an approver without Security Administrator is refused, nothing made; a Global Admin is the actor', async () => {
    const plan = await setupPlanFor('TailspinToys.com');
    const draft = await service.previewSetup({ actor: people.lynne, plan, trust: false });
    const request = (await service.submit(draft.id, people.lynne, undefined)).request;
    const before = (await audits()).length;

    await service.approve(request.id, people.patti, as(people.patti));
    const refused = await service.approve(request.id, people.alex, as(people.alex));
    assert.equal(refused.request.status, 'pending', JSON.stringify(refused.request.result));
    assert.equal(refused.request.result?.errorCode, ErrorCode.EntraRoleMissing);
    assert.match(refused.request.result?.detail ?? '', /Security Administrator/);
    assert.ok(refused.request.result?.graphRequestId, 'the Graph request id is kept for the card');
    assert.match(describeOutcome(refused.request), /stays pending/);
    assert.equal(await world.gateway.getPartner(plan.target.tenantId), undefined, 'no partner entry was made');
    assert.equal((await audits()).length, before, 'nothing was written');

    const applied = await service.approve(request.id, people.megan, as(people.megan));
    assert.equal(applied.request.status, 'applied', JSON.stringify(applied.request.result));
    assert.match(describeOutcome(applied.request), /Megan Bowen's own Entra account/);
    const made = (await audits()).slice(0, (await audits()).length - before);
    assert.ok(made.length >= 3, JSON.stringify(made.map((a) => a.activityDisplayName)));
    for (const entry of made) {
      assert.equal(entry.initiatedBy.user?.displayName, 'Megan Bowen', JSON.stringify(entry));
      assert.ok(!entry.initiatedBy.app, 'the bot app is not the actor');
    }
  });

  it('a Security Administrator approver gets as far as the partner entry; the card says what was made', async () => {
    const plan = await setupPlanFor('TailspinToys.com');
    const draft = await service.previewSetup({ actor: people.lynne, plan, trust: false });
    const request = (await service.submit(draft.id, people.lynne, undefined)).request;

    await service.approve(request.id, people.alex, as(people.alex));
    const refused = await service.approve(request.id, people.patti, as(people.patti));
    assert.equal(refused.request.status, 'pending', JSON.stringify(refused.request.result));
    assert.equal(refused.request.result?.errorCode, ErrorCode.EntraRoleMissing);
    const detail = refused.request.result?.detail ?? '';
    assert.match(detail, /Application Administrator/);
    assert.match(detail, /Created\./, 'the card says the partner entry was made');
    assert.match(detail, /skipped/, 'and what was not done');
    assert.ok(await world.gateway.getPartner(plan.target.tenantId), 'the partner entry Patti may write is there');
    const partnerBy = (await audits()).filter((a) => a.initiatedBy.user?.displayName === 'Patti Fernandez');
    assert.ok(partnerBy.length >= 1, 'the partner entry is audited as made by Patti');
    const noConfiguration = (await world.gateway.listConfigurations()).filter(
      (c) => c.target?.tenantId.toLowerCase() === plan.target.tenantId.toLowerCase(),
    );
    assert.deepEqual(noConfiguration, [], 'no configuration was made');

    const applied = await service.approve(request.id, people.megan, as(people.megan));
    assert.equal(applied.request.status, 'applied', JSON.stringify(applied.request.result));
    assert.match(applied.request.result?.detail ?? '', /present/, 'the partner entry is left as it was, not redone');
  });

  it('removal is made with the approver’s token: a Hybrid Identity Administrator is refused', async () => {
    const config = await world.config('Contoso A');
    const draft = await service.preview({ actor: people.lynne, config, change: { kind: 'removeConfiguration' } });
    const request = (await service.submit(draft.id, people.lynne, undefined)).request;
    await service.approve(request.id, people.patti, as(people.patti));
    const refused = await service.approve(request.id, people.alex, as(people.alex));
    assert.equal(refused.request.status, 'pending', JSON.stringify(refused.request.result));
    assert.equal(refused.request.result?.errorCode, ErrorCode.EntraRoleMissing);
    assert.match(refused.request.result?.detail ?? '', /Application Administrator/);
    assert.ok(await world.gateway.getConfiguration(config.servicePrincipalId), 'the configuration is still there');

    const applied = await service.approve(request.id, people.megan, as(people.megan));
    assert.equal(applied.request.status, 'applied', JSON.stringify(applied.request.result));
    const [last] = await audits();
    assert.equal(last?.initiatedBy.user?.displayName, 'Megan Bowen', JSON.stringify(last));
  });

  async function setupPlanFor(target: string) {
    const setup = createSetupService({ gateway: world.gateway, targets: () => undefined, sourceTenantId: tenantId });
    return setup.inspect(target);
  }
});
