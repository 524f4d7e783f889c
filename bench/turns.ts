import fs from 'node:fs';
import { commandLineOrExit, HELP } from '../tools/commandLine';
import { BenchBot, startEchoBot, startProductBot } from './support/bots';
import { BenchConnector, startBenchConnector } from './support/connector';
import { LoadResult, runLoad } from './support/load';
import { runMain } from './support/main';
import { publish, Row, target } from './support/report';
import { BenchSimulator, startBenchSimulator } from './support/simulator';
import { median, round } from './support/stats';

/**
 * Turn cost: /api/messages throughput and latency of the product bot (against the simulator, replies to a
 * local connector) next to the bare botbuilder echo bot, both driven the same way, interleaved, in rounds.
 */
const ROUNDS = 3;
const LOAD = { concurrency: 8, count: 1500, maxMs: 6000 };
const SEQUENTIAL = { count: 150, maxMs: 5000 };
const PROVISION_TURNS = 20;
export const PROVISION_USER = 'Adele Vance';

const ALL_COMMANDS: Array<{ text: string; answer: RegExp }> = [
  { text: 'help', answer: /list configurations|provision/i },
  { text: 'list configurations', answer: /Contoso A[\s\S]*Contoso B/ },
  { text: 'show configuration Contoso A', answer: /Contoso A[\s\S]*Fabrikam/ },
];

const USAGE = `
node lib/bench/turns.js [<command>]
Turn cost of the bot next to the bare echo bot. A command (help, list configurations, show configuration,
provision) measures only the commands starting with it, for quick before/after checks; by default, all.
  --help  this text`;

interface Env {
  sim: BenchSimulator;
  connector: BenchConnector;
  echo: BenchBot;
  bot: BenchBot;
}

/**
 * CPU time (user + system) the process has used, in ms, from /proc (Linux; undefined elsewhere). Clock ticks are
 * taken as 100 per second, the Linux default. Unlike requests per second it hardly moves when other work shares
 * the machine, so it says what a turn costs when the throughput ratio is blurred by load.
 */
function cpuMs(pid: number): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

async function drive(
  env: Env,
  who: BenchBot,
  text: string,
  label: string,
  shape: { concurrency: number; count: number; maxMs: number; pauseMs?: (i: number) => number },
): Promise<LoadResult & { cpuMsPerTurn?: number; simMsPerTurn?: number; graphPerTurn?: number }> {
  const isBot = who === env.bot;
  if (isBot) await env.sim.resetCounters();
  const cpuBefore = cpuMs(who.process.pid);
  const loaded = await runLoad({
    botUrl: who.url,
    connector: env.connector,
    tenantId: env.sim.source.tenantId,
    text: () => text,
    label,
    ...shape,
  });
  const cpuAfter = cpuMs(who.process.pid);
  const result = {
    ...loaded,
    cpuMsPerTurn:
      cpuBefore === undefined || cpuAfter === undefined
        ? undefined
        : (cpuAfter - cpuBefore) / Math.max(1, loaded.turns),
  };
  if (result.failures > 0)
    process.stderr.write(`${who.name} "${text}": ${result.failures} failed turns (first: ${result.firstFailure})\n`);
  if (!isBot) return result;
  const c = await env.sim.counters();
  return {
    ...result,
    simMsPerTurn: (c.servedMs.graph.totalMs + c.servedMs.identity.totalMs) / Math.max(1, result.turns),
    graphPerTurn: c.total / Math.max(1, result.turns),
  };
}

function checkAnswer(env: Env, result: LoadResult, answer: RegExp): string {
  const text = result.firstIds.map((id) => env.connector.sample(id)).find((t) => t !== undefined);
  return text !== undefined && answer.test(text) ? 'ok' : `UNEXPECTED: ${(text ?? '(none)').slice(0, 200)}`;
}

/** `only` measures just the commands that start with it (`provision`: only provision); empty, all of them. */
export async function benchTurns(only = ''): Promise<void> {
  const commands = only ? ALL_COMMANDS.filter((c) => c.text.startsWith(only)) : ALL_COMMANDS;
  const maxSeconds = 900;
  const sim = await startBenchSimulator({ maxSeconds });
  const connector = await startBenchConnector();
  const echo = await startEchoBot(maxSeconds);
  const bot = await startProductBot(sim.botEnv, maxSeconds);
  const env: Env = { sim, connector, echo, bot };
  try {
    // Warm-up: JIT, keep-alive sockets, the token, the role and catalog caches.
    for (const c of commands) {
      await drive(env, echo, c.text, `warm-echo-${c.text}`, { concurrency: 2, count: 50, maxMs: 5000 });
      await drive(env, bot, c.text, `warm-bot-${c.text}`, { concurrency: 2, count: 50, maxMs: 10_000 });
    }
    const throughput: Row[] = [];
    const sequential: Row[] = [];
    const ratios: Record<string, number[]> = {};
    /** Bot CPU time per turn over the echo bot's, per round. */
    const cpuRatios: Record<string, number[]> = {};
    const overheads: Record<string, number[]> = {};
    const answers: Record<string, string> = {};
    for (let r = 1; r <= ROUNDS; r++) {
      for (const c of commands) {
        const e = await drive(env, echo, c.text, `r${r}-echo-${c.text}`, LOAD);
        const b = await drive(env, bot, c.text, `r${r}-bot-${c.text}`, LOAD);
        answers[c.text] = checkAnswer(env, b, c.answer);
        (ratios[c.text] ??= []).push(b.rps / e.rps);
        if (e.cpuMsPerTurn && b.cpuMsPerTurn) (cpuRatios[c.text] ??= []).push(b.cpuMsPerTurn / e.cpuMsPerTurn);
        throughput.push({
          round: r,
          command: c.text,
          'echo rps': round1(e.rps),
          'bot rps': round1(b.rps),
          ratio: round(b.rps / e.rps, 2),
          'echo cpu ms/turn': round(e.cpuMsPerTurn ?? NaN, 2),
          'bot cpu ms/turn': round(b.cpuMsPerTurn ?? NaN, 2),
          'echo p50': round(e.latency.p50),
          'bot p50': round(b.latency.p50),
          'echo p99': round(e.latency.p99),
          'bot p99': round(b.latency.p99),
          failures: b.failures + e.failures,
        });
      }
      const e1 = await drive(env, echo, 'help', `r${r}-echo-seq`, { concurrency: 1, ...SEQUENTIAL });
      for (const c of commands) {
        const b1 = await drive(env, bot, c.text, `r${r}-seq-${c.text}`, { concurrency: 1, ...SEQUENTIAL });
        const overhead = b1.latency.p50 - (b1.simMsPerTurn ?? 0);
        (overheads[c.text] ??= []).push(overhead);
        sequential.push({
          round: r,
          command: c.text,
          turns: b1.turns,
          'echo p50': round(e1.latency.p50),
          'bot p50': round(b1.latency.p50),
          'bot p99': round(b1.latency.p99),
          'graph req/turn': round(b1.graphPerTurn ?? 0, 2),
          'sim ms/turn': round(b1.simMsPerTurn ?? 0),
          'p50 - sim': round(overhead),
        });
      }
    }
    // provision on demand: 5 per 10 s per job (Graph's limit, kept by the bot), so few turns, paced, one at a time.
    const targets: Row[] = [];
    let provision: LoadResult | undefined;
    if (!only || 'provision'.startsWith(only)) {
      const pace = (i: number): number => ((i + 1) % 5 === 0 ? 10_500 : 0);
      const p = await drive(env, bot, `provision ${PROVISION_USER}`, 'provision', {
        concurrency: 1,
        count: PROVISION_TURNS,
        maxMs: 60_000,
        pauseMs: pace,
      });
      answers[`provision ${PROVISION_USER}`] = checkAnswer(env, p, /Adele/);
      const provisionOverhead = p.latency.p50 - (p.simMsPerTurn ?? 0);
      sequential.push({
        round: '-',
        command: `provision ${PROVISION_USER}`,
        turns: p.turns,
        'echo p50': '',
        'bot p50': round(p.latency.p50),
        'bot p99': round(p.latency.p99),
        'graph req/turn': round(p.graphPerTurn ?? 0, 2),
        'sim ms/turn': round(p.simMsPerTurn ?? 0),
        'p50 - sim': round(provisionOverhead),
      });
      targets.push(
        target(
          `"provision ${PROVISION_USER}" p50 within 20 ms of the simulator's time`,
          provisionOverhead <= 20,
          `${round(provisionOverhead)} ms`,
        ),
      );
      provision = p;
    }
    if (ratios.help)
      targets.unshift(
        target(
          'help throughput >= 0.7 x echo bot (median of rounds)',
          median(ratios.help) >= 0.7,
          `${round(median(ratios.help), 2)}`,
        ),
      );
    for (const c of commands.filter((x) => x.text !== 'help')) {
      targets.push(
        target(
          `"${c.text}" p50 within 20 ms of the simulator's time`,
          median(overheads[c.text]) <= 20,
          `${round(median(overheads[c.text]))} ms`,
        ),
      );
    }
    publish(
      only ? `turns-${only.replace(/\W+/g, '-')}` : 'turns',
      [
        {
          title: `Throughput, ${LOAD.concurrency} turns in flight (rps; latency ms), echo bot and sync bot interleaved`,
          rows: throughput,
        },
        {
          title: "Latency one turn at a time (ms) next to the simulator's own time for the Graph calls of a turn",
          rows: sequential,
        },
        {
          title:
            "CPU time per turn of the bot over the echo bot's " +
            '(median of rounds; steadier than rps on a shared machine)',
          rows: Object.entries(cpuRatios).map(([command, r]) => ({
            command,
            'cpu ratio': round(median(r), 2),
            rounds: r.map((x) => round(x, 2)).join(' / '),
          })),
        },
        { title: 'Answers checked', rows: Object.entries(answers).map(([command, check]) => ({ command, check })) },
        { title: 'Targets', rows: targets },
      ],
      { load: LOAD, sequential: SEQUENTIAL, rounds: ROUNDS, ratios, cpuRatios, overheads, provision },
    );
  } finally {
    await bot.stop();
    await echo.stop();
    await connector.close();
    await sim.stop();
  }
}

const round1 = (n: number): number => round(n, 0);

if (require.main === module) {
  const { positionals } = commandLineOrExit(USAGE, { options: HELP, allowPositionals: true });
  runMain(module, () => benchTurns(positionals.join(' ')), 900);
}
