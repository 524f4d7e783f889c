import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { LogEntry } from './logs';

export interface BotProcess {
  /** http://127.0.0.1:port of the bot's server. */
  url: string;
  /** Its JSON log lines so far. */
  logs: LogEntry[];
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Runs the compiled composition root (src/index.js) as `npm start` would, with `env` on top of
 * this process's environment (which already trusts the simulator's CA), on a free loopback port.
 * Resolves once it logs that it listens; rejects with its output if it exits first.
 */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const lib = process.env.TEST_LIB_DIR ?? path.resolve('lib');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-process-'));
  const child: ChildProcess = spawn(process.execPath, [path.join(lib, 'src', 'index.js')], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      BOT_ID: '',
      STORAGE_BACKEND: 'sqlite',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogEntry[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as LogEntry;
        logs.push(entry);
        const m = /^bot listening: (http:\/\/[^/]+)\/api\/messages$/.exec(entry.msg);
        if (m) resolve(m[1]);
      } catch {
        logs.push({ level: 0, msg: line });
      }
    });
    void exited.then((code) =>
      reject(new Error(`the bot exited (${code}) before listening:\n${stderr}\n${logs.map((l) => l.msg).join('\n')}`)),
    );
  });
  return {
    url,
    logs,
    stop: async () => {
      child.kill('SIGTERM');
      const code = await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
