import fs from 'node:fs';
import type { BenchChild } from './child';

/** Linux's clock ticks per second for /proc/<pid>/stat times (USER_HZ, 100 on every common build). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, every thread: GC helpers included) the process has used so far, in ms; from /proc (Linux).
 */
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

export interface UsageWatch {
  /** The highest resident set seen since the watch started, in MB. */
  peakRssMb(): number;
  /** CPU ms used since the watch started. */
  cpuMs(): number;
  stop(): void;
}

/**
 * Samples a process's resident set every 100 ms (the peak between two reads is what a reader at the end would miss).
 */
export function watchUsage(child: BenchChild): UsageWatch {
  const cpuAtStart = cpuMs(child.pid);
  let peak = child.rssMb() ?? NaN;
  const sample = (): void => {
    const rss = child.rssMb();
    if (rss !== undefined && !(rss <= peak)) peak = rss;
  };
  const timer = setInterval(sample, 100);
  return {
    peakRssMb: () => (sample(), peak),
    cpuMs: () => cpuMs(child.pid) - cpuAtStart,
    stop: () => clearInterval(timer),
  };
}
