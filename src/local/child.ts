import { ChildProcess, spawn } from 'node:child_process';
import readline from 'node:readline';
import type { Logger } from '../logging';

/** A process local mode started: its output goes to our log, and only we stop it. */
export interface Child {
  name: string;
  process: ChildProcess;
  /** Resolves with the first output line matching `pattern`; rejects if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  stop(graceMs?: number): Promise<void>;
}

export function startChild(
  name: string,
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; logger: Logger; echo?: boolean },
): Child {
  // The IPC channel is how the child learns that local mode is gone (exitWithParent.ts).
  const child = spawn(command, args, {
    env: options.env,
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const log = options.logger.child({ process: name, pid: child.pid });
  const waiters: Array<{ pattern: RegExp; resolve: (m: RegExpMatchArray) => void }> = [];
  let exited: number | null | undefined;
  const exitListeners: Array<() => void> = [];

  const onLine = (stream: 'stdout' | 'stderr') => (line: string) => {
    if (options.echo) process.stdout.write(`${line}\n`);
    else log.debug({ stream }, line);
    for (const w of [...waiters]) {
      const m = line.match(w.pattern);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  readline.createInterface({ input: child.stdout! }).on('line', onLine('stdout'));
  readline.createInterface({ input: child.stderr! }).on('line', onLine('stderr'));
  child.on('exit', (code, signal) => {
    exited = code;
    log.debug({ code, signal }, `${name} stopped`);
    for (const l of exitListeners.splice(0)) l();
  });

  return {
    name,
    process: child,
    waitFor(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        if (exited !== undefined) return reject(new Error(`${name} exited before printing ${pattern}`));
        const timer = setTimeout(
          () => reject(new Error(`${name} did not print ${pattern} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({ pattern, resolve: (m) => (clearTimeout(timer), resolve(m)) });
        exitListeners.push(() => (clearTimeout(timer), reject(new Error(`${name} exited before printing ${pattern}`))));
      });
    },
    stop(graceMs = 5000) {
      if (exited !== undefined || child.exitCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.once('exit', () => (clearTimeout(timer), resolve()));
        child.kill('SIGTERM');
      });
    },
  };
}
