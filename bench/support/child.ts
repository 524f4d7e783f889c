import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import { compiled } from './paths';

export interface BenchChild {
  pid: number;
  /** Its output lines so far (the last 2,000). */
  output: string[];
  /**
   * Resolves with the first output line (already seen or to come) matching, or rejects if it exits first or after
   * timeoutMs.
   */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Resident set size in MB, from /proc (Linux). */
  rssMb(): number | undefined;
  /** SIGTERM, then SIGKILL after 10 s; resolves with the exit code. */
  stop(): Promise<number | null>;
}

const MAX_LINES = 2000;

/** Starts a compiled script under the guard (it stops itself if we go away or after maxSeconds). */
export function startChild(
  script: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; maxSeconds: number },
): BenchChild {
  const child: ChildProcess = spawn(
    process.execPath,
    [compiled('bench', 'support', 'guard.js'), String(options.maxSeconds), script, ...args],
    {
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  const output: string[] = [];
  const listeners = new Set<(line: string) => void>();
  const collect = (line: string): void => {
    output.push(line);
    if (output.length > MAX_LINES) output.splice(0, output.length - MAX_LINES);
    for (const l of listeners) l(line);
  };
  readline.createInterface({ input: child.stdout! }).on('line', collect);
  readline.createInterface({ input: child.stderr! }).on('line', collect);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve((exitCode = code))));
  return {
    pid: child.pid ?? -1,
    output,
    waitFor(pattern, timeoutMs = 120_000) {
      const seen = output.map((l) => pattern.exec(l)).find((m) => m);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const done = (error?: Error, match?: RegExpExecArray): void => {
          clearTimeout(timer);
          listeners.delete(listen);
          if (error) reject(error);
          else resolve(match!);
        };
        const listen = (line: string): void => {
          const m = pattern.exec(line);
          if (m) done(undefined, m);
        };
        const timer = setTimeout(
          () =>
            done(
              new Error(`${script}: no line matching ${pattern} in ${timeoutMs} ms:\n${output.slice(-30).join('\n')}`),
            ),
          timeoutMs,
        );
        listeners.add(listen);
        void exited.then((code) => done(new Error(`${script} exited (${code}):\n${output.slice(-30).join('\n')}`)));
      });
    },
    rssMb() {
      try {
        const kb = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kb ? Number(kb) / 1024 : undefined;
      } catch {
        return undefined;
      }
    },
    async stop() {
      if (exitCode !== undefined) return exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
