import { type Activity, ActivityTypes, type ConversationReference, type TestAdapter, TurnContext } from 'botbuilder';
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
  /** The `from` of a message or click by another directory user given in `others` (by UPN). */
  as(upn: string): Partial<Activity>;
  stop(): Promise<void>;
}

export async function startSetupHarness(
  options: { withAccessTo?: string[]; roles?: Role[]; others?: Record<string, readonly Role[]> } = {},
): Promise<SetupHarness> {
  const world = await startApprovalWorld();
  const others = new Map<string, { id: string; name: string; roles: readonly Role[] }>();
  for (const [upn, roles] of Object.entries(options.others ?? {})) {
    const user = await world.gateway.getUser(upn);
    if (!user) throw new Error(`no user ${upn}`);
    others.set(upn, { id: user.id, name: user.displayName, roles });
  }
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
    roles: fixedRoles({
      [USER.aadObjectId]: options.roles ?? ['reader', 'operator', 'approver'],
      ...Object.fromEntries([...others.values()].map((o) => [o.id, o.roles])),
    }),
    settings: DEFAULT_ROLE_SETTINGS,
  };
  const approvals = world.service({ setup: setup.setup });
  const t = botUnderTest({ catalog, access, setup, approvals: { service: approvals } });
  // TestAdapter has no proactive path; the approval card is posted and updated through one, as the Bot Connector
  // would: a context on the stored conversation whose sends land in the adapter's queue like any reply.
  t.adapter.continueConversationAsync = (async (
    _appId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ) => {
    const event = { type: ActivityTypes.Event, name: 'continueConversation' };
    await logic(new TurnContext(t.adapter, TurnContext.applyConversationReference(event, reference, true)));
  }) as TestAdapter['continueConversationAsync'];
  const updates: Partial<Activity>[] = [];
  const update = t.adapter.updateActivity.bind(t.adapter);
  t.adapter.updateActivity = async (ctx, activity) => {
    updates.push(activity);
    return update(ctx, activity);
  };
  const as = (upn: string): Partial<Activity> => {
    const other = others.get(upn);
    if (!other) throw new Error(`${upn} is not among the harness's other users`);
    return { from: { id: `29:${other.id}`, aadObjectId: other.id, name: other.name } };
  };
  return { world, t, updates, setup, approvals, as, stop: () => world.stop() };
}
