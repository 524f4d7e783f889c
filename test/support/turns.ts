import {
  Activity,
  ActivityTypes,
  ConversationReference,
  InvokeResponse,
  MemoryStorage,
  TestAdapter,
  TurnContext,
} from 'botbuilder';
import { Bot, BotOptions, createBot } from '../../src/bot/createBot';
import { type Background, createBackground } from '../../src/bot/work/background';
import type { Logger } from '../../src/logging';
import type { ConfigurationCatalog } from '../../src/sync/catalog';
import { captureLogs, CapturedLogs } from './logs';
import { DEFAULT_ROLE_SETTINGS, fixedRoles } from './roles';
import { withinTeamsLimit } from './teamsLimits';

export const HOME_TENANT = '5a7c3e91-2b4d-4f6a-8c1e-0d9f8b7a6c5e';
/**
 * Megan Bowen with the simulator's object id for her (a Global Administrator there), so the bot process finds her
 * roles.
 */
export const USER = { id: '29:1a2b3c-megan', aadObjectId: '8a94becf-b550-55fd-a0ff-5ad939bc5b34', name: 'Megan Bowen' };
export const BOT = { id: '28:7e1f9a3c-bot', name: 'Sync Bot' };
/** USER (Megan Bowen, a Global Administrator) holds every role unless a test passes its own `access`. */
export const EVERY_ROLE = {
  roles: fixedRoles({ [USER.aadObjectId]: ['reader', 'operator', 'approver'] }),
  settings: DEFAULT_ROLE_SETTINGS,
};

/** A Teams personal chat in the home tenant: the template every test activity starts from. */
export function teamsActivity(extra: Partial<Activity> = {}): Partial<Activity> {
  return {
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/amer/',
    from: { ...USER },
    recipient: { ...BOT },
    conversation: {
      id: 'a:1xPersonalChat',
      conversationType: 'personal',
      tenantId: HOME_TENANT,
      isGroup: false,
      name: '',
    },
    channelData: { tenant: { id: HOME_TENANT } },
    locale: 'en-US',
    ...extra,
  };
}

export interface BotUnderTest {
  bot: Bot;
  adapter: TestAdapter;
  logs: CapturedLogs;
  /** Sends a message (text, or a whole activity) and returns what the bot sent back. */
  say(text: string, extra?: Partial<Activity>): Promise<Partial<Activity>[]>;
  /** Sends another invoke (signin/tokenExchange…) and returns its response and any other replies. */
  invoke(
    name: string,
    value: unknown,
    extra?: Partial<Activity>,
  ): Promise<{ invoke?: InvokeResponse; replies: Partial<Activity>[] }>;
  /** Clicks an Action.Execute button and returns the invoke response and any other replies. */
  click(
    verb: string,
    data: unknown,
    extra?: Partial<Activity>,
  ): Promise<{ invoke?: InvokeResponse; replies: Partial<Activity>[] }>;
}

/**
 * TestAdapter has no proactive path; work after the answer (and approval cards) goes through one, as through the Bot
 * Connector: a context on the stored conversation whose sends land in the adapter's queue like any reply.
 */
export function withProactive(adapter: TestAdapter): TestAdapter {
  adapter.continueConversationAsync = (async (
    _appId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ) => {
    const event = { type: ActivityTypes.Event, name: 'continueConversation' };
    await logic(new TurnContext(adapter, TurnContext.applyConversationReference(event, reference, true)));
  }) as TestAdapter['continueConversationAsync'];
  return adapter;
}

/**
 * The work queue on a TestAdapter (tests wait for `idle()` before reading the cards the work sent). A click waits
 * for its result up to `answerWithinMs`: a minute by default, so a test on a loaded machine reads the result in the
 * invoke answer as before; the answer time itself is tested with a short one (test/bot/work) and over HTTP.
 */
export function testBackground(adapter: TestAdapter, logger: Logger, answerWithinMs = 60_000): Background {
  return createBackground({ adapter: withProactive(adapter), appId: '', logger, concurrency: 8, answerWithinMs })
    .background;
}

/** The real bot (createBot) on botbuilder's TestAdapter, with a captured logger. */
export function botUnderTest(options: { catalog: ConfigurationCatalog } & Partial<BotOptions>): BotUnderTest {
  const logs = captureLogs('debug');
  const adapter = withProactive(new TestAdapter());
  const bot = createBot({
    logger: logs.logger,
    storage: new MemoryStorage(),
    adapter,
    access: EVERY_ROLE,
    background: testBackground(adapter, logs.logger),
    ...options,
  });
  let next = 1;
  // Returns the turn's expectReplies buffer: the array outlives the context (revoked when the turn ends). The turn
  // is the HTTP answer's time in Teams, so it is held to Teams' limits (support/teamsLimits.ts).
  const run = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    let buffered: Partial<Activity>[] | undefined;
    const sent = { id: `activity-${next++}`, ...activity };
    await withinTeamsLimit(sent, () =>
      adapter.processActivity(sent, async (ctx: TurnContext) => {
        buffered = ctx.bufferedReplyActivities;
        await bot.app.run(ctx);
      }),
    );
    // What the turn handed to the work queue has sent its cards once the queue is idle.
    await bot.background.idle();
    if (!buffered) throw new Error('the turn did not run');
    return buffered;
  };
  return {
    bot,
    adapter,
    logs,
    say: async (text, extra = {}) => {
      await run(teamsActivity({ type: ActivityTypes.Message, text, ...extra }));
      return adapter.activeQueue.splice(0).filter((a) => a.type !== ActivityTypes.Typing);
    },
    invoke: async (name, value, extra = {}) => {
      const buffered = await run(
        teamsActivity({ type: ActivityTypes.Invoke, name, deliveryMode: 'expectReplies', value, ...extra }),
      );
      const replies = [...buffered, ...adapter.activeQueue.splice(0)];
      const invoke = replies.find((a) => a.type === ActivityTypes.InvokeResponse)?.value as InvokeResponse | undefined;
      return {
        invoke,
        replies: replies.filter((a) => a.type !== ActivityTypes.InvokeResponse && a.type !== ActivityTypes.Typing),
      };
    },
    click: async (verb, data, extra = {}) => {
      // Invokes need expectReplies: the reply (and the invoke response) are buffered on the context.
      const buffered = await run(
        teamsActivity({
          type: ActivityTypes.Invoke,
          name: 'adaptiveCard/action',
          deliveryMode: 'expectReplies',
          replyToId: 'card-message-1',
          value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
          ...extra,
        }),
      );
      const replies = [...buffered, ...adapter.activeQueue.splice(0)];
      const invoke = replies.find((a) => a.type === ActivityTypes.InvokeResponse)?.value as InvokeResponse | undefined;
      return {
        invoke,
        replies: replies.filter((a) => a.type !== ActivityTypes.InvokeResponse && a.type !== ActivityTypes.Typing),
      };
    },
  };
}
