import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BenchChild, startChild } from './child';
import { BOT_NODE_FLAGS } from '../../src/server/botNodeFlags';
import { compiled } from './paths';

export interface BenchBot {
  name: string;
  url: string;
  process: BenchChild;
  stop(): Promise<void>;
}

/** The bare echo bot (bench/baseline/echoBot.ts) in its own process. */
export async function startEchoBot(maxSeconds: number): Promise<BenchBot> {
  const child = startChild(compiled('bench', 'baseline', 'echoBot.js'), [], {
    env: { PATH: process.env.PATH },
    maxSeconds,
  });
  const m = await child.waitFor(/echo bot listening: (http:\/\/[^/]+)\/api\/messages/);
  return { name: 'echo bot', url: m[1], process: child, stop: async () => void (await child.stop()) };
}

/**
 * The product: the compiled composition root (src/index.js) as `npm start` runs it against Graph, here
 * the simulator (graphEnv), with SQLite storage in a fresh folder and no bot token check (no BOT_ID, loopback).
 * It runs with the product's Node flags (src/server/botNodeFlags.ts), or with `nodeFlags` to compare; they
 * reach it through NODE_OPTIONS because the guard runs it inside its own process.
 */
export async function startProductBot(
  graphEnv: Record<string, string>,
  maxSeconds: number,
  extraEnv: Record<string, string> = {},
  nodeFlags: readonly string[] = BOT_NODE_FLAGS,
): Promise<BenchBot> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bot-'));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
    STORAGE_BACKEND: 'sqlite',
    NODE_OPTIONS: nodeFlags.join(' '),
    ...graphEnv,
    ...extraEnv,
  };
  const child = startChild(compiled('src', 'index.js'), [], { env, maxSeconds });
  const m = await child.waitFor(/bot listening: (http:\/\/[^/"]+)\/api\/messages/);
  return {
    name: 'sync bot',
    url: m[1],
    process: child,
    stop: async () => {
      await child.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
