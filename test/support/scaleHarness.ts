import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Activity } from 'botbuilder';
import { createGraphGateway } from '../../src/graph/createGraphGateway';
import type { GraphGateway } from '../../src/graph/gateway';
import { startAzurite, type Azurite } from './azurite';
import { startConnector, type LocalConnector } from './connector';
import { captureLogs, type LogEntry } from './logs';
import { startTestSimulator, type TestSimulator } from './simulator';
import { postActivity } from './teamsLimits';

/**
 * Several real bot processes (the compiled composition root) against one in-process tenant
 * simulator and one local Bot Connector, sharing Azurite (blob) or one DATA_DIR (SQLite).
 * Instances can be stopped with SIGTERM or killed with SIGKILL and started again by name.
 */
export interface BotInstance {
  name: string;
  url: string;
  pid: number;
  logs: LogEntry[];
  /**
   * Resolves with a log entry matching `match` (already logged or still to come), or rejects when the process exits.
   */
  waitForLog(match: (entry: LogEntry) => boolean, from?: number): Promise<LogEntry>;
  /** SIGKILL: no shutdown step runs (no lease release, nothing flushed). */
  kill(): Promise<void>;
  /** SIGTERM: the clean shutdown; resolves with the exit code. */
  stop(): Promise<number | null>;
  readonly exited: boolean;
}

export interface Person {
  id: string;
  name: string;
}

export interface Conversation {
  id: string;
  conversationType: 'personal' | 'channel';
  name?: string;
}

export const OPS_CHANNEL: Conversation = {
  id: '19:identity-ops@thread.tacv2',
  conversationType: 'channel',
  name: 'Identity Ops',
};

export interface ScaleWorldOptions {
  backend: 'blob' | 'sqlite';
  /** Environment for every instance (e.g. ALERT_POLL_SECONDS). */
  env?: Record<string, string>;
}

export interface ScaleWorld {
  simulator: TestSimulator;
  connector: LocalConnector;
  azurite?: Azurite;
  gateway: GraphGateway;
  tenantId: string;
  /** SQLite: the one DATA_DIR every start of the bot uses. */
  dataDir: string;
  start(name: string, env?: Record<string, string>): Promise<BotInstance>;
  person(upn: string): Promise<Person>;
  /** Posts a message; `id` sends it with that activity id (a redelivery repeats one). */
  say(on: BotInstance, who: Person, text: string, conversation?: Conversation, id?: string): Promise<number>;
  click(
    on: BotInstance,
    who: Person,
    verb: string,
    data: unknown,
    replyToId: string,
    conversation?: Conversation,
  ): Promise<{ status: number; type?: string; value?: unknown }>;
  stop(): Promise<void>;
}

export async function startScaleWorld(options: ScaleWorldOptions): Promise<ScaleWorld> {
  const simulator = await startTestSimulator();
  const connector = await startConnector();
  const azurite = options.backend === 'blob' ? await startAzurite() : undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scale-'));
  const source = simulator.connection.tenants.find((t) => t.role === 'source')!;
  const gateway = createGraphGateway({
    settings: {
      baseUrl: simulator.connection.graphBaseUrl,
      authorityHost: simulator.connection.authorityHost,
      timeoutMs: 10_000,
      credential: {
        kind: 'secret',
        tenantId: source.tenantId,
        clientId: source.clientId,
        clientSecret: source.clientSecret,
      },
    },
    logger: captureLogs('silent').logger,
  });
  const instances: BotInstance[] = [];
  const baseEnv: Record<string, string> = {
    GRAPH_TENANT_ID: source.tenantId,
    GRAPH_CLIENT_ID: source.clientId,
    GRAPH_CLIENT_SECRET: source.clientSecret,
    GRAPH_BASE_URL: simulator.connection.graphBaseUrl,
    AUTHORITY_HOST: simulator.connection.authorityHost,
    HOME_TENANT_ID: source.tenantId,
    DATA_DIR: dataDir,
    ROLE_CACHE_SECONDS: '0',
    ...(azurite
      ? { STORAGE_BACKEND: 'blob', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString }
      : { STORAGE_BACKEND: 'sqlite' }),
    ...options.env,
  };
  let next = 1;
  const activity = (who: Person, conversation: Conversation, extra: Partial<Activity>): Partial<Activity> => ({
    channelId: 'msteams',
    serviceUrl: connector.url,
    id: `scale:${next++}`,
    from: { id: `29:${who.id}`, aadObjectId: who.id, name: who.name },
    recipient: { id: '28:bot', name: 'Sync Bot' },
    conversation: {
      id: conversation.conversationType === 'personal' ? `a:${who.id}` : conversation.id,
      name: conversation.name ?? '',
      conversationType: conversation.conversationType,
      tenantId: source.tenantId,
      isGroup: conversation.conversationType !== 'personal',
    },
    channelData: {
      tenant: { id: source.tenantId },
      ...(conversation.conversationType === 'channel'
        ? { channel: { id: conversation.id, name: conversation.name } }
        : {}),
    },
    locale: 'en-US',
    ...extra,
  });
  const post = (on: BotInstance, body: Partial<Activity>) => postActivity(on.url, body);
  const personal: Conversation = { id: '', conversationType: 'personal' };
  return {
    simulator,
    connector,
    azurite,
    gateway,
    tenantId: source.tenantId,
    dataDir,
    async start(name, env = {}) {
      const instance = await launchBot(name, { ...baseEnv, INSTANCE_ID: name, ...env });
      instances.push(instance);
      return instance;
    },
    async person(upn) {
      const user = await gateway.getUser(upn);
      if (!user) throw new Error(`${upn} is not in the simulated directory`);
      return { id: user.id, name: user.displayName };
    },
    async say(on, who, text, conversation = personal, id) {
      return (await post(on, activity(who, conversation, { type: 'message', text, ...(id ? { id } : {}) }))).status;
    },
    async click(on, who, verb, data, replyToId, conversation = personal) {
      const response = await post(
        on,
        activity(who, conversation, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          replyToId,
          value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
        }),
      );
      const text = await response.text();
      return { status: response.status, ...(text ? (JSON.parse(text) as { type?: string; value?: unknown }) : {}) };
    },
    async stop() {
      for (const instance of instances) if (!instance.exited) await instance.kill();
      await azurite?.stop();
      await connector.close();
      await simulator.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `node src/index.js` (compiled) on a free loopback port; resolves once it logs that it listens. */
async function launchBot(name: string, env: Record<string, string>): Promise<BotInstance> {
  const lib = process.env.TEST_LIB_DIR ?? path.resolve('lib');
  const child: ChildProcess = spawn(process.execPath, [path.join(lib, 'src', 'index.js')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_FORMAT: 'json', LOG_LEVEL: 'info', BOT_ID: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // If the test process dies without its after() hook, do not leave the bot behind.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const logs: LogEntry[] = [];
  const waiters = new Set<{
    match: (e: LogEntry) => boolean;
    from: number;
    resolve: (e: LogEntry) => void;
    reject: (e: Error) => void;
  }>();
  let stderr = '';
  let exited = false;
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exited = true;
      process.off('exit', killOnExit);
      for (const w of waiters)
        w.reject(new Error(`${name} exited (${code}) while a test waited for a log line:\n${stderr}\n${tail(logs)}`));
      waiters.clear();
      resolve(code);
    }),
  );
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    let entry: LogEntry;
    try {
      entry = JSON.parse(line) as LogEntry;
    } catch {
      entry = { level: 0, msg: line };
    }
    logs.push(entry);
    for (const w of waiters) {
      if (w.match(entry)) {
        waiters.delete(w);
        w.resolve(entry);
      }
    }
  });
  const waitForLog = (match: (e: LogEntry) => boolean, from = 0): Promise<LogEntry> => {
    const found = logs.slice(from).find(match);
    if (found) return Promise.resolve(found);
    if (exited) return Promise.reject(new Error(`${name} has exited:\n${stderr}\n${tail(logs)}`));
    return new Promise((resolve, reject) => waiters.add({ match, from, resolve, reject }));
  };
  const listening = await waitForLog((e) => /^bot listening: /.test(e.msg));
  const url = /^bot listening: (http:\/\/[^/]+)\/api\/messages$/.exec(listening.msg)![1];
  return {
    name,
    url,
    pid: child.pid as number,
    logs,
    waitForLog,
    get exited() {
      return exited;
    },
    async kill() {
      if (!exited) child.kill('SIGKILL');
      await exit;
    },
    async stop() {
      if (!exited) child.kill('SIGTERM');
      return exit;
    },
  };
}

function tail(logs: LogEntry[]): string {
  return logs
    .slice(-20)
    .map((l) => JSON.stringify(l).slice(0, 400))
    .join('\n');
}

/** How many Graph calls the simulator received whose template contains `fragment` (batch items included). */
export async function graphCalls(simulator: TestSimulator, method: string, fragment: string): Promise<number> {
  const { body } = await simulator.control('GET', '/counters');
  const all = { ...(body.requests as Record<string, number>) };
  for (const [key, n] of Object.entries(body.batchItems as Record<string, number>)) all[`batch ${key}`] = n;
  return Object.entries(all)
    .filter(([key]) => key.replace(/^batch /, '').startsWith(`${method} `) && key.includes(fragment))
    .reduce((sum, [, n]) => sum + n, 0);
}

/** Resolves once `condition` holds, checking every 100 ms (the suite's timeout bounds the wait). */
export async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await sleep(100);
}
