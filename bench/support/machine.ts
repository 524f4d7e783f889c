import fs from 'node:fs';
import os from 'node:os';

export interface Machine {
  nproc: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
  /** 1-minute load average when the benchmark started: other work on a shared machine shows here. */
  loadAverage: number[];
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  let model = cpus[0]?.model ?? 'unknown';
  try {
    model = /model name\s*:\s*(.+)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? model;
  } catch {
    // not Linux: os.cpus() said it
  }
  return {
    nproc: os.availableParallelism?.() ?? cpus.length,
    cpuModel: model,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

export function machineLine(m: Machine): string {
  return `${m.nproc} CPU (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node}, load ${m.loadAverage.join(' ')}`;
}
