import assert from 'node:assert/strict';
import { ErrorCode, isCoded } from '../../../src/errors';
import type { Actor, SyncConfiguration } from '../../../src/domain';
import { applyDirectChange, createSettingsService, DirectChange, readSettings } from '../../../src/sync/settings';
import { ApprovalWorld, startApprovalWorld } from '../../approvals/support';

/** Every secret as Graph holds it, SyncNotificationSettings parsed, minus the named fields. */
async function secretsExcept(world: ApprovalWorld, config: SyncConfiguration, ...fields: string[]) {
  const { raw } = await world.gateway.getSettings(config.servicePrincipalId);
  return raw.map(({ key, value }) => {
    if (key !== 'SyncNotificationSettings') return { key, value };
    const parsed = JSON.parse(value) as Record<string, unknown>;
    for (const f of fields) delete parsed[f];
    return { key, value: parsed };
  });
}

describe('configuration settings against the simulator', function () {
  this.timeout(60_000);
  let world: ApprovalWorld;
  let contosoA: SyncConfiguration;
  let megan: Actor;
  let alex: Actor;

  beforeEach(async () => {
    world = await startApprovalWorld();
    contosoA = await world.config('Contoso A');
    megan = await world.actor('MeganB@contoso.com', ['reader', 'operator', 'approver']);
    alex = await world.actor('AlexW@contoso.com', ['reader', 'operator', 'approver']);
  });
  afterEach(async () => world?.stop());

  it('reads scope mode, deletion threshold, notifications and the mappings that matter', async () => {
    const view = await readSettings(world.gateway, contosoA);
    assert.equal(view.settings.scopeMode, 'assignedOnly');
    assert.equal(view.settings.deleteThresholdEnabled, true);
    assert.equal(view.settings.deleteThresholdValue, 500);
    assert.equal(view.settings.notificationsEnabled, false);
    assert.equal(view.userType?.source, 'Member');
    assert.equal(view.showInAddressList?.sourceType, 'Constant');
    assert.equal(view.displayName?.sourceType, 'Attribute');
  });

  const changes: Array<
    [string, DirectChange, string[], (s: Awaited<ReturnType<typeof world.gateway.getSettings>>) => void]
  > = [
    [
      'deletion threshold 50',
      { kind: 'deleteThreshold', value: 50 },
      ['DeleteThresholdValue', 'DeleteThresholdEnabled'],
      (s) => assert.equal(s.deleteThresholdValue, 50),
    ],
    [
      'threshold off',
      { kind: 'deleteThresholdEnabled', enabled: false },
      ['DeleteThresholdEnabled'],
      (s) => assert.equal(s.deleteThresholdEnabled, false),
    ],
    [
      'notifications on',
      { kind: 'notifications', enabled: true },
      ['Enabled'],
      (s) => assert.equal(s.notificationsEnabled, true),
    ],
    [
      'notification e-mail',
      { kind: 'notificationEmail', email: 'sync-alerts@contoso.com' },
      ['Recipients'],
      (s) => assert.equal(s.notificationEmail, 'sync-alerts@contoso.com'),
    ],
  ];
  for (const [name, change, touched, check] of changes) {
    it(`${name}: changes that value and keeps every other secret exactly`, async () => {
      const before = await secretsExcept(world, contosoA, ...touched);
      const result = await applyDirectChange(world.gateway, contosoA.servicePrincipalId, change);
      assert.equal(result.changed, true);
      check(await world.gateway.getSettings(contosoA.servicePrincipalId));
      assert.deepEqual(
        await secretsExcept(world, contosoA, ...touched),
        before,
        'CompanyId, AuthenticationType, SyncAll and the other notification fields survive',
      );
      const again = await applyDirectChange(world.gateway, contosoA.servicePrincipalId, change);
      assert.equal(again.changed, false, 'a second run writes nothing');
    });
  }

  it(
    'a display name suffix needs approval: previewed before/after, unchanged until approved, then applied and ' +
      'evaluated by provisioning',
    async () => {
      const service = world.service();
      const draft = await service.preview({
        actor: megan,
        config: contosoA,
        change: { kind: 'setMapping', mapping: { attribute: 'displayName', suffix: 'Contoso' } },
      });
      assert.match(
        draft.impact.notes.join(' '),
        /displayName: before \[displayName\], after Append\(\[displayName\], " \(Contoso\)"\)/,
      );
      const { request } = await service.submit(draft.id, megan, { conversation: { id: 'approvals' } });
      assert.equal(
        (await readSettings(world.gateway, contosoA)).displayName?.sourceType,
        'Attribute',
        'nothing changes before approval',
      );
      await assert.rejects(service.approve(request.id, megan), (e: unknown) => isCoded(e, ErrorCode.SelfApproval));
      const { request: applied } = await service.approve(request.id, alex);
      assert.equal(applied.status, 'applied', JSON.stringify(applied.result));
      const view = await readSettings(world.gateway, contosoA);
      assert.equal(view.displayName?.source, 'Append([displayName], " (Contoso)")');
      assert.equal(view.userType?.source, 'Member', 'the rest of the schema is kept');
    },
  );

  it('showInAddressList off goes through approval and a second apply finds it in effect', async () => {
    const service = world.service();
    const draft = await service.preview({
      actor: megan,
      config: contosoA,
      change: { kind: 'setMapping', mapping: { attribute: 'showInAddressList', value: false } },
    });
    assert.match(draft.impact.notes[0], /showInAddressList: before "True", after "False"/);
    const { request } = await service.submit(draft.id, megan, undefined);
    assert.equal((await service.approve(request.id, alex)).request.status, 'applied');
    assert.equal((await readSettings(world.gateway, contosoA)).showInAddressList?.source, 'False');
  });

  it('the settings service shows, reads and changes settings the same way', async () => {
    const settings = createSettingsService(world.gateway);
    assert.deepEqual(await settings.view(contosoA), await readSettings(world.gateway, contosoA));
    const before = await settings.current(contosoA);
    const result = await settings.change(contosoA, { kind: 'notificationEmail', email: 'sync-ops@contoso.com' });
    assert.deepEqual(result.before, before);
    assert.equal(result.changed, true);
    assert.equal((await settings.current(contosoA)).notificationEmail, 'sync-ops@contoso.com');
    assert.equal(
      (await settings.change(contosoA, { kind: 'notificationEmail', email: 'sync-ops@contoso.com' })).changed,
      false,
    );
  });
});
