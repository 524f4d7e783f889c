import assert from 'node:assert/strict';
import { ErrorCode, isCoded } from '../../../src/errors';
import { createSetupService, inspectSetup, runSetup, SetupStep } from '../../../src/sync/setup';
import { gatewayFor, tenantOf } from '../../graph/simulator/simulatorGateway';
import { captureLogger } from '../../graph/support/captureLogger';
import { startTestSimulator, TestSimulator } from '../../support/simulator';
import { setupGateways } from './support';

const stateOf = (plan: { checks: Array<{ key: string; state: string }> }, key: string) =>
  plan.checks.find((c) => c.key === key)?.state;
const stepOf = (steps: SetupStep[], key: string) => steps.find((s) => s.key === key)!;

describe('guided setup against the tenant simulator', function () {
  let sim: TestSimulator;
  beforeEach(async () => {
    sim = await startTestSimulator();
  });
  afterEach(async () => sim?.stop());

  it(
    'Tailspin: the plan shows what the source lacks and that the target is ready; the run creates it all and test ' +
      'connection passes',
    async () => {
      const g = setupGateways(sim, ['Tailspin Toys']);
      const plan = await inspectSetup({
        gateway: g.gateway,
        targets: g.targets,
        sourceTenantId: g.source.tenantId,
        target: 'TailspinToys.com',
      });
      assert.equal(plan.target.tenantId, tenantOf(sim, 'Tailspin Toys').tenantId);
      assert.equal(plan.targetChecked, true);
      for (const key of ['sourcePartner', 'outboundAutoRedemption', 'trustMfa', 'trustCompliantDevice'])
        assert.equal(stateOf(plan, key), 'missing', key);
      for (const key of ['targetPartner', 'inboundAutoRedemption', 'inboundUserSync'])
        assert.equal(stateOf(plan, key), 'ok', key);
      assert.deepEqual(plan.existing, []);

      const progress: SetupStep[][] = [];
      const { logger, lines } = captureLogger();
      // Trust asked for explicitly, so every step runs (without it the trust step is skipped).
      const run = await runSetup({
        gateway: g.gateway,
        plan,
        logger,
        trust: true,
        onProgress: async (steps) => void progress.push(steps),
      });
      assert.equal(run.outcome, 'ready', JSON.stringify(run.steps));
      assert.ok(
        run.steps.every((s) => s.state === 'done'),
        JSON.stringify(run.steps),
      );
      assert.ok(progress.length >= 7, 'the card is updated after every step');
      assert.equal(
        progress[0].filter((s) => s.state === 'pending').length,
        6,
        'the first update shows one step under way and the rest to come',
      );

      const partner = await g.gateway.getPartner(plan.target.tenantId);
      assert.equal(partner?.automaticUserConsent.outboundAllowed, true);
      assert.equal(partner?.inboundTrust?.isMfaAccepted, true);
      assert.equal(partner?.inboundTrust?.isCompliantDeviceAccepted, true);
      const config = await g.gateway.getConfiguration(run.configuration!.servicePrincipalId);
      assert.equal(config?.displayName, 'Tailspin Toys');
      assert.equal(config?.target?.tenantId, plan.target.tenantId);
      assert.equal(config?.job?.templateId, 'Azure2Azure');
      assert.equal(config?.job?.scheduleState, 'Disabled', 'nothing is started');
      const settings = await g.gateway.getSettings(config!.servicePrincipalId);
      assert.deepEqual(settings.raw.map((s) => s.key).sort(), [
        'AuthenticationType',
        'CompanyId',
        'SyncAll',
        'SyncNotificationSettings',
      ]);
      assert.equal(settings.scopeMode, 'assignedOnly');
      assert.equal(settings.notificationsEnabled, false);
      assert.ok(lines.some((l) => l.msg === 'setup step' && l.step === 'testConnection' && l.state === 'done'));
      assert.ok(!JSON.stringify(lines).includes(g.source.clientSecret), 'no secret in the logs');

      // Asking again: the configuration exists, so nothing is created twice.
      const again = await inspectSetup({
        gateway: g.gateway,
        targets: g.targets,
        sourceTenantId: g.source.tenantId,
        target: plan.target.tenantId,
      });
      assert.equal(again.existing.length, 1);
      for (const key of ['sourcePartner', 'outboundAutoRedemption', 'trustMfa', 'trustCompliantDevice'])
        assert.equal(stateOf(again, key), 'ok', key);
      const second = await runSetup({ gateway: g.gateway, plan: again, logger });
      assert.equal(second.outcome, 'conflict');
      assert.match(
        stepOf(second.steps, 'configuration').detail,
        /Tailspin Toys already synchronizes to Tailspin Toys; I did not create a second configuration/,
      );
      assert.equal(
        (await g.gateway.listConfigurations()).filter((c) => c.target?.tenantId === plan.target.tenantId).length,
        1,
      );
    },
  );

  it('Woodgrove: the plan names the missing target setting, and test connection fails naming it too', async () => {
    const g = setupGateways(sim, ['Woodgrove Bank']);
    const plan = await inspectSetup({
      gateway: g.gateway,
      targets: g.targets,
      sourceTenantId: g.source.tenantId,
      target: 'woodgrovebank.com',
    });
    assert.equal(stateOf(plan, 'targetPartner'), 'ok');
    assert.equal(stateOf(plan, 'inboundAutoRedemption'), 'ok');
    assert.equal(stateOf(plan, 'inboundUserSync'), 'missing');
    assert.match(plan.checks.find((c) => c.key === 'inboundUserSync')!.detail, /no identitySynchronization policy/);

    const run = await runSetup({ gateway: g.gateway, plan, logger: captureLogger().logger });
    assert.equal(run.outcome, 'connectionFailed');
    assert.equal(run.connectionError?.code, 'AzureDirectoryB2BManagementPolicyCheckFailure');
    assert.match(run.connectionError!.message, /Allow users sync into this tenant/);
    assert.doesNotMatch(
      run.connectionError!.message,
      /source tenant .* has not enabled automatic user consent/,
      'the source side was fixed by the run',
    );
  });

  it('without credentials for the target it says it cannot check, instead of guessing', async () => {
    const g = setupGateways(sim);
    const plan = await inspectSetup({
      gateway: g.gateway,
      targets: g.targets,
      sourceTenantId: g.source.tenantId,
      target: 'woodgrovebank.com',
    });
    assert.equal(plan.targetChecked, false);
    for (const key of ['targetPartner', 'inboundAutoRedemption', 'inboundUserSync'])
      assert.equal(stateOf(plan, key), 'unknown', key);
    assert.match(
      plan.checks.find((c) => c.key === 'inboundUserSync')!.detail,
      /I have no access to Woodgrove Bank, so I cannot check/,
    );
  });

  it('a target read that fails (403) is "cannot check", not "missing"', async () => {
    const g = setupGateways(sim);
    const limited = gatewayFor(sim, tenantOf(sim, 'Tailspin Toys'), 'wrongSecret').gateway;
    const plan = await inspectSetup({
      gateway: g.gateway,
      targets: () => limited,
      sourceTenantId: g.source.tenantId,
      target: 'tailspintoys.com',
    });
    assert.equal(plan.targetChecked, false);
    assert.equal(stateOf(plan, 'inboundUserSync'), 'unknown');
  });

  it(
    'Fabrikam: partner and redemption are reported as present and the existing configuration is a conflict; nothing ' +
      'is changed',
    async () => {
      const g = setupGateways(sim, ['Fabrikam']);
      const before = await g.gateway.listConfigurations();
      const plan = await inspectSetup({
        gateway: g.gateway,
        targets: g.targets,
        sourceTenantId: g.source.tenantId,
        target: 'fabrikam.com',
      });
      assert.equal(stateOf(plan, 'sourcePartner'), 'ok');
      assert.deepEqual(
        plan.existing.map((c) => c.displayName),
        ['Contoso A'],
      );
      const writes: string[] = [];
      const run = await runSetup({ gateway: g.gateway, plan, logger: captureLogger().logger });
      g.requests
        .filter((r) => r.method !== 'GET' && !r.path.endsWith('$batch'))
        .forEach((r) => writes.push(`${r.method} ${r.path}`));
      assert.equal(run.outcome, 'conflict');
      assert.deepEqual(writes, [], 'no write reached Graph');
      assert.equal((await g.gateway.listConfigurations()).length, before.length);
      assert.equal(stepOf(run.steps, 'partner').state, 'present');
    },
  );

  it(
    'a partner entry created meanwhile (409 Request_MultipleObjectsWithSameKeyValue) is reported as present and the ' +
      'setup goes on',
    async () => {
      const g = setupGateways(sim, ['Tailspin Toys']);
      const plan = await inspectSetup({
        gateway: g.gateway,
        targets: g.targets,
        sourceTenantId: g.source.tenantId,
        target: 'tailspintoys.com',
      });
      await gatewayFor(sim, g.source).gateway.createPartner(plan.target.tenantId);
      const run = await runSetup({ gateway: g.gateway, plan, logger: captureLogger().logger });
      assert.equal(stepOf(run.steps, 'partner').state, 'present');
      assert.match(stepOf(run.steps, 'partner').detail, /already exists/);
      assert.equal(run.outcome, 'ready');
    },
  );

  it(
    'the target already allows sync: a second identitySynchronization PUT is refused (409) by Graph, so setup only ' +
      'reads it',
    async () => {
      const g = setupGateways(sim, ['Tailspin Toys']);
      const tailspin = g.targetGateway('Tailspin Toys');
      const error = await tailspin
        .putIdentitySynchronization(g.source.tenantId, { displayName: 'Contoso', userSyncInboundAllowed: true })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      assert.ok(isCoded(error, ErrorCode.GraphConflict), String(error));
      assert.equal(error.details.graphCode, 'Request_MultipleObjectsWithSameKeyValue');
    },
  );

  it('unknown domains, malformed input and the own tenant get clear answers', async () => {
    const g = setupGateways(sim);
    const ask = (target: string) =>
      inspectSetup({ gateway: g.gateway, targets: g.targets, sourceTenantId: g.source.tenantId, target }).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
    assert.match((await ask('nowhere.example'))!.message, /No Microsoft Entra tenant has the domain nowhere.example/);
    assert.match((await ask('not a domain'))!.message, /neither a domain name/);
    assert.match((await ask('contoso.com'))!.message, /is this tenant/);
  });

  it('the setup service inspects and runs the same way, over the gateways it was given', async () => {
    const g = setupGateways(sim, ['Tailspin Toys']);
    const setup = createSetupService({ gateway: g.gateway, targets: g.targets, sourceTenantId: g.source.tenantId });
    const plan = await setup.inspect('TailspinToys.com');
    assert.equal(plan.targetChecked, true);
    const run = await setup.run(plan, { logger: captureLogger().logger });
    assert.equal(run.outcome, 'ready', JSON.stringify(run.steps));
    const settings = await g.gateway.getSettings(run.configuration!.servicePrincipalId);
    assert.equal(settings.companyId, plan.target.tenantId);
    assert.equal(settings.scopeMode, 'assignedOnly');
    assert.equal(settings.notificationsEnabled, false);
  });
});
