import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BOT_NODE_FLAGS } from '../src/server/botNodeFlags';
import { commandLineOrExit, HELP } from '../tools/commandLine';
import { BenchBot, startEchoBot, startProductBot } from './support/bots';
import { startBenchConnector } from './support/connector';
import { LoadResult, runLoad } from './support/load';
import { runMain } from './support/main';
import { SIMULATOR_DATA_DIR } from './support/paths';
import { watchUsage } from './support/processUsage';
import { publish, Row, target } from './support/report';
import { startBenchSimulator } from './support/simulator';
import { round } from './support/stats';

/**
 * Memory: the bot process's resident set (at start, its peak sampled every 100 ms, and after) through
 * 10,000 turns (help, list, show mixed, 8 in flight), next to the bare echo bot after the same turns; and
 * with 500 configurations monitored (polling every 2 s), then 1,000 turns of help and list (the list card shows
 * the first 20 of the 500).
 * The bot runs as the product starts it (src/server/botNodeFlags.ts), which must stay under 250 MB, and
 * uncapped for comparison; CPU ms per turn (all threads, GC included) shows what the cap costs, less
 * disturbed than turns per second by whatever else the machine runs.
 */
const TURNS = 10_000;
const MIX = ['help', 'list configurations', 'show configuration Contoso A'];
const MONITORED = 500;
const POLL_SECONDS = 2;
const POLLS = 5;
const TARGET_MB = 250;

const VARIANTS = [
  { name: `sync bot as started (${BOT_NODE_FLAGS.join(' ')})`, flags: BOT_NODE_FLAGS, target: true },
  { name: 'sync bot uncapped (no flags)', flags: [] as readonly string[], target: false },
];
/** Its own simulator folder, so a benchmark running at the same time cannot swap simulator.json under it. */
const SIMULATOR_DIR = path.join(path.dirname(SIMULATOR_DATA_DIR), 'simulator-memory');

const mb = (n: number | undefined): number => round(n ?? NaN, 0);

/** Runs `work` on the bot and reads its memory and CPU around it. */
async function measure(
  bot: BenchBot,
  work: () => Promise<LoadResult | { elapsedMs: number }>,
): Promise<Row & { peak: number }> {
  const atStart = bot.process.rssMb();
  const usage = watchUsage(bot.process);
  try {
    const done = await work();
    const turns = 'turns' in done ? done.turns : undefined;
    const cpu = usage.cpuMs();
    await sleep(1000);
    const peak = usage.peakRssMb();
    return {
      'RSS at start MB': mb(atStart),
      'peak MB': mb(peak),
      'after MB': mb(bot.process.rssMb()),
      failures: 'failures' in done ? done.failures : '',
      seconds: round(done.elapsedMs / 1000, 0),
      'CPU ms per turn': turns ? round(cpu / turns, 1) : '',
      peak,
    };
  } finally {
    usage.stop();
  }
}

const USAGE = `
node lib/bench/memory.js
Resident memory and CPU per turn of the bot process through 10,000 turns, and with 500 configurations
monitored, next to the echo bot and the bot uncapped.
  --help  this text`;

export async function benchMemory(): Promise<void> {
  const rows: Row[] = [];
  const worst: Record<string, number> = {};
  const record = (scenario: string, variant: string | undefined, measured: Row & { peak: number }): void => {
    const { peak, ...columns } = measured;
    if (variant) worst[variant] = Math.max(worst[variant] ?? 0, Number.isFinite(peak) ? peak : Infinity);
    rows.push({ scenario, ...columns });
  };
  const connector = await startBenchConnector();
  const sim = await startBenchSimulator({ maxSeconds: 900, dataDir: SIMULATOR_DIR });
  try {
    for (const variant of [undefined, ...VARIANTS]) {
      const bot = variant ? await startProductBot(sim.botEnv, 900, {}, variant.flags) : await startEchoBot(900);
      try {
        const load = (): Promise<LoadResult> =>
          runLoad({
            botUrl: bot.url,
            connector,
            tenantId: sim.source.tenantId,
            text: (i) => MIX[i % MIX.length],
            concurrency: 8,
            count: TURNS,
            maxMs: 300_000,
            label: `mem-${bot.name}-${variant?.flags.length ?? 0}`,
          });
        record(`${variant?.name ?? 'echo bot'}: ${TURNS} turns`, variant?.name, await measure(bot, load));
      } finally {
        await bot.stop();
      }
    }
  } finally {
    await sim.stop();
  }

  // 500 configurations monitored: the alert monitor in the bot process polls every POLL_SECONDS.
  const monitored = await startBenchSimulator({ maxSeconds: 900, dataDir: SIMULATOR_DIR });
  try {
    const existing = (await monitored.control<{ value: unknown[] }>('GET', '/configurations')).value.length;
    await monitored.control('POST', '/seed/configurations', { count: MONITORED - existing });
    for (const variant of VARIANTS) {
      const bot = await startProductBot(
        monitored.botEnv,
        900,
        { ALERT_POLL_SECONDS: String(POLL_SECONDS), LOG_LEVEL: 'debug' },
        variant.flags,
      );
      try {
        const polls = (): number => bot.process.output.filter((l) => l.includes('"alert poll"')).length;
        const waitForPolls = async (): Promise<{ elapsedMs: number }> => {
          const started = Date.now();
          while (polls() < POLLS && Date.now() < started + 240_000) await sleep(250);
          return { elapsedMs: Date.now() - started };
        };
        record(
          `${variant.name}: ${MONITORED} configurations monitored, ${POLLS} polls`,
          variant.name,
          await measure(bot, waitForPolls),
        );
        const load = (): Promise<LoadResult> =>
          runLoad({
            botUrl: bot.url,
            connector,
            tenantId: monitored.source.tenantId,
            text: (i) => MIX[i % 2],
            concurrency: 8,
            count: 1000,
            maxMs: 180_000,
            label: `mem-monitored-${variant.flags.length}`,
          });
        record(
          `  ... then 1000 turns of help and list (${MONITORED} configurations), still polling`,
          variant.name,
          await measure(bot, load),
        );
      } finally {
        await bot.stop();
      }
    }
  } finally {
    await monitored.stop();
    await connector.close();
  }
  publish('memory', [
    { title: 'Resident memory of the bot process (MB; peak sampled every 100 ms)', rows },
    {
      title: 'Targets',
      rows: VARIANTS.filter((v) => v.target).map((v) =>
        target(
          `${v.name}: resident memory < ${TARGET_MB} MB (both scenarios)`,
          worst[v.name] < TARGET_MB,
          `${mb(worst[v.name])} MB at most`,
        ),
      ),
    },
  ]);
}

if (require.main === module) {
  commandLineOrExit(USAGE, { options: HELP });
  runMain(module, benchMemory, 1500);
}
