import type { Activity } from 'botbuilder';
import type { ApprovalService } from '../../../../src/approvals/service';
import type { SetupBotDeps } from '../../../../src/bot/operations/botServices';
import { createConfigurationCatalog } from '../../../../src/sync/configurationCatalog';
import { createSettingsService } from '../../../../src/sync/settings';
import { createSetupService } from '../../../../src/sync/setup';
import type { Role } from '../../../../src/domain';
import { ApprovalWorld, startApprovalWorld } from '../../../approvals/support';
import { gatewayFor, tenantOf } from '../../../graph/simulator/simulatorGateway';
import { DEFAULT_ROLE_SETTINGS, fixedRoles } from '../../../support/roles';
import { botUnderTest, BotUnderTest, USER } from '../../../support/turns';

/**
 * The real bot on botbuilder's TestAdapter with the real gateway over HTTPS to the simulator, approvals
 * in SQLite, and target-tenant credentials for `withAccessTo` (as TARGET_TENANT_CREDENTIALS gives them).
 * Every card update (updateActivity) is recorded.
 */
export interface SetupHarness {
  world: ApprovalWorld;
  t: BotUnderTest;
  updates: Partial<Activity>[];
  setup: SetupBotDeps;
  /** The approvals service the bot uses (with guided setup to run approved setups). */
  approvals: ApprovalService;
  stop(): Promise<void>;
}

export async function startSetupHarness(
  options: { withAccessTo?: string[]; roles?: Role[] } = {},
): Promise<SetupHarness> {
  const world = await startApprovalWorld();
  const source = tenantOf(world.sim, 'source');
  const targets = new Map(
    (options.withAccessTo ?? []).map((name) => [
      tenantOf(world.sim, name).tenantId,
      gatewayFor(world.sim, tenantOf(world.sim, name)).gateway,
    ]),
  );
  const setup: SetupBotDeps = {
    setup: createSetupService({
      gateway: world.gateway,
      targets: (id) => targets.get(id.toLowerCase()),
      sourceTenantId: source.tenantId,
    }),
    settings: createSettingsService(world.gateway),
  };
  const catalog = createConfigurationCatalog({ gateway: world.gateway, logger: world.logs.logger, cacheMs: 0 });
  const access = {
    roles: fixedRoles({ [USER.aadObjectId]: options.roles ?? ['reader', 'operator', 'approver'] }),
    settings: DEFAULT_ROLE_SETTINGS,
  };
  const approvals = world.service({ setup: setup.setup });
  const t = botUnderTest({ catalog, access, setup, approvals: { service: approvals } });
  const updates: Partial<Activity>[] = [];
  const update = t.adapter.updateActivity.bind(t.adapter);
  t.adapter.updateActivity = async (ctx, activity) => {
    updates.push(activity);
    return update(ctx, activity);
  };
  return { world, t, updates, setup, approvals, stop: () => world.stop() };
}
