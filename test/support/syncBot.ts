import type { Activity } from 'botbuilder';
import { createGraphGateway } from '../../src/graph/createGraphGateway';
import type { GraphGateway } from '../../src/graph/gateway';
import type { GraphRequestEvent } from '../../src/graph/http/middleware/requestLog';
import { createConfigurationCatalog } from '../../src/sync/configurationCatalog';
import { createSyncOperations, SyncOperations } from '../../src/sync/operations';
import type { SyncConfiguration } from '../../src/domain';
import { targetGateways } from '../../src/compose/targetGateways';
import { captureLogs } from './logs';
import { startTestSimulator, TestSimulator } from './simulator';
import { botUnderTest, BotUnderTest } from './turns';
import { shown } from './adaptiveCard';

/**
 * The real bot over the real gateway (msal-node + Graph client over HTTPS) against a fresh tenant simulator:
 * what the provisioning, job, log and explain tests drive. Every card update the bot makes is recorded.
 */
export interface SyncWorld {
  sim: TestSimulator;
  gateway: GraphGateway;
  operations: SyncOperations;
  bot: BotUnderTest;
  /** Every HTTP exchange of the bot's gateway with the simulator, with the time it ended. */
  requests: Array<GraphRequestEvent & { at: number }>;
  /** Cards in the order the bot sent or updated them (by activity id), for "it showed each step" checks. */
  updates: Array<{ id?: string; card: Record<string, unknown> }>;
  configuration(name: string): Promise<SyncConfiguration>;
  userId(displayName: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * targetCredentials: the bot also holds app credentials in the target tenants (TARGET_TENANT_CREDENTIALS),
 * as local mode does.
 */
export async function startSyncWorld(
  options: { cycleSeconds?: number; targetCredentials?: boolean } = {},
): Promise<SyncWorld> {
  const sim = await startTestSimulator({ cycleSeconds: options.cycleSeconds });
  const source = sim.connection.tenants.find((t) => t.role === 'source')!;
  const { logger } = captureLogs('warn');
  const requests: SyncWorld['requests'] = [];
  const gateway = createGraphGateway({
    settings: {
      ...settingsOf(sim),
      credential: {
        kind: 'secret',
        tenantId: source.tenantId,
        clientId: source.clientId,
        clientSecret: source.clientSecret,
      },
    },
    logger,
    onRequest: (e) => requests.push({ ...e, at: Date.now() }),
  });
  // A catalog that never reuses a listing: tests change jobs between turns and must see the change.
  const catalog = createConfigurationCatalog({ gateway, logger, cacheMs: 0 });
  const targets = sim.connection.tenants
    .filter((t) => t.role === 'target')
    .map((t) => ({
      ...settingsOf(sim),
      credential: { kind: 'secret' as const, tenantId: t.tenantId, clientId: t.clientId, clientSecret: t.clientSecret },
    }));
  const operations = createSyncOperations({
    gateway,
    catalog,
    logger,
    targets: options.targetCredentials
      ? { gatewayFor: targetGateways(targets, logger), sourceTenantId: source.tenantId }
      : undefined,
  });
  const bot = botUnderTest({ catalog, operations });
  const updates: SyncWorld['updates'] = [];
  const record = (activity: Partial<Activity>) => {
    const content = activity.attachments?.[0]?.content as Record<string, unknown> | undefined;
    if (content) updates.push({ id: activity.id, card: content });
  };
  const sendActivities = bot.adapter.sendActivities.bind(bot.adapter);
  bot.adapter.sendActivities = async (ctx, activities) => {
    const sent = await sendActivities(ctx, activities);
    activities.forEach(record);
    return sent;
  };
  const updateActivity = bot.adapter.updateActivity.bind(bot.adapter);
  bot.adapter.updateActivity = async (ctx, activity) => {
    record(activity);
    return updateActivity(ctx, activity);
  };
  return {
    sim,
    gateway,
    operations,
    bot,
    requests,
    updates,
    async configuration(name) {
      const found = (await gateway.listConfigurations()).find((c) => c.displayName === name);
      if (!found) throw new Error(`no configuration ${name}`);
      return found;
    },
    async userId(displayName) {
      const [user] = await gateway.findUsers(displayName);
      if (!user || user.displayName !== displayName) throw new Error(`no user ${displayName}`);
      return user.id;
    },
    stop: () => sim.stop(),
  };
}

function settingsOf(sim: TestSimulator) {
  return { baseUrl: sim.connection.graphBaseUrl, authorityHost: sim.connection.authorityHost, timeoutMs: 15_000 };
}

/**
 * What a person reads on a card: text blocks, fact titles and values, button titles (no JSON keywords), as shown
 * (markdown escapes removed).
 */
export function visibleText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
    if (typeof o.title === 'string' && (o.type === undefined || String(o.type).startsWith('Action.')))
      out.push(typeof o.value === 'string' ? `${o.title}: ${o.value}` : o.title);
    for (const [key, value] of Object.entries(o)) if (key !== 'data') walk(value);
  };
  walk(card);
  return shown(out.join('\n'));
}
