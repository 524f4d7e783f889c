import { entraMemberships } from '../../../../src/access';
import type { Activity } from 'botbuilder';
import { MemoryStorage } from 'botbuilder';
import { RoleDirectory } from '../../../../src/bot/access';
import { createBot } from '../../../../src/bot/createBot';
import { resumeInterruptedApprovals } from '../../../../src/bot/features/approvals/publishDecision';
import { approvalBotDeps } from '../../../../src/bot/features/approvals/approvalBotDeps';
import type { RoleSettings } from '../../../../src/config';
import { startServer, RunningServer } from '../../../../src/server/startServer';
import { createConfigurationCatalog } from '../../../../src/sync/configurationCatalog';
import { ApprovalWorld, startApprovalWorld } from '../../../approvals/support';
import { LocalConnector, startConnector } from '../../../support/connector';
import { postActivity } from '../../../support/teamsLimits';

export const ROLE_SETTINGS: RoleSettings = {
  readerRoles: ['Global Reader'],
  operatorRoles: ['Hybrid Identity Administrator', 'Global Administrator'],
  approverRoles: ['Hybrid Identity Administrator', 'Global Administrator'],
  readerGroupIds: [],
  operatorGroupIds: [],
  approverGroupIds: [],
  cacheSeconds: 0,
};

export interface Person {
  id: string;
  name: string;
}

/**
 * The real bot over HTTP (restify, the Teams adapter without a bot identity) with replies and
 * proactive messages going to a local Bot Connector; Graph is the simulator, roles come from
 * its directory roles, approvals are stored in SQLite.
 */
export interface ApprovalBot {
  world: ApprovalWorld;
  connector: LocalConnector;
  server: RunningServer;
  tenantId: string;
  person(upn: string): Promise<Person>;
  say(who: Person, text: string, conversation?: Conversation): Promise<Response>;
  click(
    who: Person,
    verb: string,
    data: unknown,
    replyToId?: string,
    conversation?: Conversation,
  ): Promise<{ status: number; type: string; value: unknown }>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface Conversation {
  id: string;
  conversationType: 'personal' | 'channel' | 'groupChat';
  name?: string;
}

export const channel: Conversation = {
  id: '19:approvals@thread.tacv2',
  conversationType: 'channel',
  name: 'Identity Ops',
};

export async function startApprovalBot(options: { twoApproversAbove?: number } = {}): Promise<ApprovalBot> {
  const world = await startApprovalWorld();
  const connector = await startConnector();
  const tenantId = world.sim.connection.tenants.find((t) => t.role === 'source')!.tenantId;
  let server: RunningServer;
  let next = 1;
  const start = async () => {
    const logger = world.logs.logger;
    const service = world.service({ twoApproversAbove: options.twoApproversAbove, storage: await world.reopen() });
    const catalog = createConfigurationCatalog({ gateway: world.gateway, logger, cacheMs: 0 });
    const access = {
      roles: new RoleDirectory({ memberships: entraMemberships(world.gateway), settings: ROLE_SETTINGS }),
      settings: ROLE_SETTINGS,
    };
    const bot = createBot({
      logger,
      storage: new MemoryStorage(),
      catalog,
      homeTenantId: tenantId,
      access,
      approvals: { service },
    });
    server = await startServer({ host: '127.0.0.1', port: 0, logger, adapter: bot.adapter as never, bot: bot.app });
    const approvals = { service };
    return { bot, approvals };
  };
  let running = await start();
  const activity = (who: Person, conversation: Conversation, extra: Partial<Activity>): Partial<Activity> => ({
    channelId: 'msteams',
    serviceUrl: connector.url,
    id: `f:${next++}`,
    from: { id: `29:${who.id}`, aadObjectId: who.id, name: who.name },
    recipient: { id: '28:bot', name: 'Sync Bot' },
    conversation: {
      ...conversation,
      name: conversation.name ?? '',
      id: conversation.conversationType === 'personal' ? `a:${who.id}` : conversation.id,
      tenantId,
      isGroup: conversation.conversationType !== 'personal',
    },
    channelData: {
      tenant: { id: tenantId },
      ...(conversation.conversationType === 'channel'
        ? { channel: { id: conversation.id, name: conversation.name } }
        : {}),
    },
    locale: 'en-US',
    ...extra,
  });
  const post = (body: Partial<Activity>) => postActivity(server!.url, body);
  return {
    world,
    connector,
    get server() {
      return server;
    },
    tenantId,
    async person(upn) {
      const user = (await world.gateway.getUser(upn))!;
      return { id: user.id, name: user.displayName };
    },
    say: (who, text, conversation = { id: '', conversationType: 'personal' }) =>
      post(activity(who, conversation, { type: 'message', text })),
    async click(
      who,
      verb,
      data,
      replyToId = 'connector-card',
      conversation = { id: '', conversationType: 'personal' },
    ) {
      const response = await post(
        activity(who, conversation, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          replyToId,
          value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
        }),
      );
      return { status: response.status, ...((await response.json()) as { type: string; value: unknown }) };
    },
    async restart() {
      await server.close();
      running = await start();
      await resumeInterruptedApprovals(
        approvalBotDeps(running.approvals, running.bot.adapter, '', ROLE_SETTINGS),
        world.logs.logger,
      );
    },
    async stop() {
      await server?.close();
      await connector.close();
      await world.stop();
    },
  };
}
