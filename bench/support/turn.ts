import type { BenchBot } from './bots';
import type { BenchConnector } from './connector';
import { runLoad } from './load';
import type { BenchSimulator, Counters } from './simulator';

let next = 0;

/** One turn, alone, with the simulator's counters for exactly that turn and the reply's text. */
export async function countedTurn(
  sim: BenchSimulator,
  bot: BenchBot,
  connector: BenchConnector,
  text: string,
): Promise<{ counters: Counters; ms: number; reply: string }> {
  await sim.resetCounters();
  const label = `turn${++next}`;
  const result = await runLoad({
    botUrl: bot.url,
    connector,
    tenantId: sim.source.tenantId,
    text: () => text,
    concurrency: 1,
    count: 1,
    maxMs: 60_000,
    label,
  });
  if (result.turns !== 1) throw new Error(`"${text}" failed: ${result.firstFailure}`);
  return { counters: await sim.counters(), ms: result.latency.p50, reply: connector.sample(result.firstIds[0]) ?? '' };
}
