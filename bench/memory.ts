import { startEchoBot, startProductBot } from './support/bots';
import { startBenchConnector } from './support/connector';
import { runLoad } from './support/load';
import { runMain } from './support/main';
import { publish, Row, target } from './support/report';
import { startBenchSimulator } from './support/simulator';
import { round } from './support/stats';

/**
 * Memory: the bot process's resident set after 10,000 turns (help, list, show mixed, 8 in flight), next to
 * the bare echo bot after the same 10,000 turns; and with 500 configurations monitored (polling every 2 s);
 * each as it starts by default and with V8's old space capped.
 */
const TURNS = 10_000;
const MIX = ['help', 'list configurations', 'show configuration Contoso A'];
const MONITORED = 500;
const POLL_SECONDS = 2;
const POLLS = 5;

/** The same bot with V8's old space capped: resident memory is mostly heap V8 keeps because it may (no leak: it levels off). */
const CAPPED = '--max-old-space-size=128';
const VARIANTS = [
  { name: 'sync bot', nodeOptions: '' },
  { name: `sync bot (${CAPPED})`, nodeOptions: CAPPED },
];

const mb = (n: number | undefined): number => round(n ?? NaN, 0);

export async function benchMemory(): Promise<void> {
  const rows: Row[] = [];
  const worst: Record<string, number> = {};
  const connector = await startBenchConnector();
  const sim = await startBenchSimulator({ maxSeconds: 900 });
  try {
    for (const which of ['echo bot', ...VARIANTS.map((v) => v.name)]) {
      const variant = VARIANTS.find((v) => v.name === which);
      const bot = variant ? await startProductBot(sim.botEnv, 900, variant.nodeOptions ? { NODE_OPTIONS: variant.nodeOptions } : {}) : await startEchoBot(900);
      try {
        const atStart = bot.process.rssMb();
        const load = await runLoad({ botUrl: bot.url, connector, tenantId: sim.source.tenantId, text: (i) => MIX[i % MIX.length], concurrency: 8, count: TURNS, maxMs: 300_000, label: `mem-${which}` });
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const after = bot.process.rssMb();
        if (variant) worst[variant.name] = Math.max(worst[variant.name] ?? 0, after ?? Infinity);
        rows.push({ scenario: `${which}: ${load.turns} turns`, 'RSS at start MB': mb(atStart), 'RSS after MB': mb(after), failures: load.failures, seconds: round(load.elapsedMs / 1000, 0) });
      } finally {
        await bot.stop();
      }
    }
  } finally {
    await sim.stop();
  }

  // 500 configurations monitored: the alert monitor in the bot process polls every POLL_SECONDS.
  const monitored = await startBenchSimulator({ maxSeconds: 900 });
  try {
    const existing = (await monitored.control<{ value: unknown[] }>('GET', '/configurations')).value.length;
    await monitored.control('POST', '/seed/configurations', { count: MONITORED - existing });
    for (const variant of VARIANTS) {
      const bot = await startProductBot(monitored.botEnv, 900, { ALERT_POLL_SECONDS: String(POLL_SECONDS), LOG_LEVEL: 'debug', ...(variant.nodeOptions ? { NODE_OPTIONS: variant.nodeOptions } : {}) });
      try {
        const atStart = bot.process.rssMb();
        const polls = (): number => bot.process.output.filter((l) => l.includes('"alert poll"')).length;
        const deadline = Date.now() + 240_000;
        while (polls() < POLLS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
        const afterPolls = bot.process.rssMb();
        const load = await runLoad({ botUrl: bot.url, connector, tenantId: monitored.source.tenantId, text: (i) => MIX[i % 2], concurrency: 8, count: 1000, maxMs: 120_000, label: `mem-monitored-${variant.nodeOptions}` });
        const afterTurns = bot.process.rssMb();
        worst[variant.name] = Math.max(worst[variant.name] ?? 0, afterPolls ?? Infinity, afterTurns ?? Infinity);
        rows.push({ scenario: `${variant.name}: ${MONITORED} configurations monitored, ${polls()} polls`, 'RSS at start MB': mb(atStart), 'RSS after MB': mb(afterPolls), failures: 0, seconds: '' });
        rows.push({ scenario: `  ... then ${load.turns} turns of help and list (${MONITORED} configurations)`, 'RSS at start MB': mb(afterPolls), 'RSS after MB': mb(afterTurns), failures: load.failures, seconds: round(load.elapsedMs / 1000, 0) });
      } finally {
        await bot.stop();
      }
    }
  } finally {
    await monitored.stop();
    await connector.close();
  }
  publish('memory', [
    { title: 'Resident memory of the bot process (MB)', rows },
    { title: 'Targets', rows: VARIANTS.map((v) => target(`${v.name}: resident memory < 250 MB (both scenarios)`, worst[v.name] < 250, `${mb(worst[v.name])} MB at most`)) },
  ]);
}

runMain(module, benchMemory, 1200);
