import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { distinctFreePorts } from './ports';
import { checkAnswerTime } from './teamsLimits';

/** The banner's line with the Playground's address (src/local/banner.ts). */
export const PLAYGROUND_LINE = /Agents Playground\s+(http\S+)/;

export interface RunningLocalMode {
  playgroundUrl: string;
  botUrl: string;
  dataDir: string;
  output: string[];
  process: ChildProcess;
  /**
   * Fails (LateAnswerError) when the bot answered an activity from the Playground later than Teams allows, among
   * those answered since the last check: local mode logs the time of each answer that took a second or more
   * (src/local/answerTimer.ts), so every answer near a limit is seen at LOG_LEVEL=info.
   */
  checkAnswerTimes(): void;
  stop(): Promise<number | null>;
}

/** Local mode's log line for each answer to the Playground (src/local/answerTimer.ts), as JSON. */
interface AnswerLine {
  msg: string;
  activityType?: string;
  activityName?: string;
  activityId?: string;
  verb?: string;
  answerMs: number;
}

function answerLine(line: string): AnswerLine | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const entry = JSON.parse(line) as AnswerLine;
    return typeof entry.answerMs === 'number' ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** Starts local mode the way `npm start` does (compiled index.js, no Graph credentials) on free ports. */
export async function startLocalModeProcess(
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<RunningLocalMode> {
  const lib = process.env.TEST_LIB_DIR ?? path.resolve('lib');
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cts-local-'));
  // Every port is chosen here, all different: a simulator on port 0 could otherwise take the bot's.
  const [botPort, playgroundPort, simulatorPort] = await distinctFreePorts(3);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: dataDir,
    PORT: String(botPort),
    PLAYGROUND_PORT: String(playgroundPort),
    SIMULATOR_PORT: String(simulatorPort),
    SIMULATOR_CYCLE_SECONDS: '5',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    ...options.env,
  };
  const child = spawn(process.execPath, [path.join(lib, 'src', 'index.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const collect = (line: string) => output.push(line);
  readline.createInterface({ input: child.stdout! }).on('line', collect);
  readline.createInterface({ input: child.stderr! }).on('line', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const playgroundUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`local mode did not start in 120 s:\n${output.slice(-40).join('\n')}`)),
      120_000,
    );
    const check = setInterval(() => {
      const line = output.find((l) => PLAYGROUND_LINE.test(l));
      if (line) {
        clearInterval(check);
        clearTimeout(timer);
        resolve(line.match(PLAYGROUND_LINE)![1]);
      }
    }, 100);
    exited.then((code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`local mode exited with ${code}:\n${output.slice(-40).join('\n')}`));
    });
  });

  let checked = 0;
  return {
    playgroundUrl,
    botUrl: `http://127.0.0.1:${botPort}`,
    dataDir,
    output,
    process: child,
    checkAnswerTimes() {
      const lines = output.slice(checked);
      checked = output.length;
      const late: string[] = [];
      for (const a of lines.map(answerLine)) {
        if (!a) continue;
        const activity = {
          type: a.activityType,
          name: a.activityName,
          id: a.activityId,
          value: a.verb === undefined ? undefined : { action: { verb: a.verb } },
        };
        try {
          checkAnswerTime(activity, a.answerMs);
        } catch (err) {
          late.push((err as Error).message);
        }
      }
      if (late.length) throw new Error(`the bot answered the Playground too late:\n${late.join('\n')}`);
    },
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
