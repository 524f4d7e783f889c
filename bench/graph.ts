import { setTimeout as sleep } from 'node:timers/promises';
import { commandLineOrExit, HELP } from '../tools/commandLine';
import { PROVISION_USER } from './turns';
import { startProductBot } from './support/bots';
import { startBenchConnector } from './support/connector';
import { benchGateway } from './support/gateway';
import { runMain } from './support/main';
import { publish, Row, target } from './support/report';
import { Counters, graphRequests, startBenchSimulator } from './support/simulator';
import { round } from './support/stats';
import { trustSimulatorOrRespawn } from './support/trust';
import { countedTurn } from './support/turn';

/**
 * Graph efficiency: the Graph requests each command makes, counted by the simulator, with cold caches (the
 * first time) and warm ones (right after), and `list configurations` over 1, 20 and 200 configurations. The
 * baseline is what the same reads cost without $batch: every batched item as its own request.
 */
const CATALOG_CACHE_MS = 5000;

function describe(c: Counters): Row {
  const g = graphRequests(c);
  const batches = c.requests['POST /v1.0/$batch'] ?? 0;
  const calls = Object.entries(c.requests)
    .filter(([k]) => !k.includes('oauth2'))
    .map(([k, n]) => `${n}x ${k.replace('/v1.0', '')}`)
    .join('; ');
  return {
    'round trips': g.roundTrips,
    'batch items': g.batchItems,
    'unbatched equivalent': g.roundTrips - batches + g.batchItems,
    tokens: g.tokens,
    calls,
  };
}

const USAGE = `
node lib/bench/graph.js
Graph requests per command (cold and warm caches) counted by the tenant simulator, and list configurations
over 1, 20 and 200 configurations.
  --help  this text`;

export async function benchGraph(): Promise<void> {
  const sim = await startBenchSimulator({ maxSeconds: 600 });
  const connector = await startBenchConnector();
  const bot = await startProductBot(sim.botEnv, 600);
  try {
    const commands: Array<{ text: string; answer: RegExp }> = [
      { text: 'help', answer: /provision/i },
      { text: 'list configurations', answer: /Contoso A/ },
      { text: 'show configuration Contoso A', answer: /Contoso A/ },
      { text: `provision ${PROVISION_USER}`, answer: /Adele/ },
    ];
    const perCommand: Row[] = [];
    let provisionWarm = Infinity;
    let showWarm = Infinity;
    for (const c of commands) {
      for (const caches of ['cold', 'warm']) {
        const t = await countedTurn(sim, bot, connector, c.text);
        perCommand.push({
          command: c.text,
          caches,
          ...describe(t.counters),
          answer: c.answer.test(t.reply) ? 'ok' : 'UNEXPECTED',
        });
        if (c.text.startsWith('provision') && caches === 'warm') provisionWarm = graphRequests(t.counters).roundTrips;
        if (c.text.startsWith('show configuration') && caches === 'warm')
          showWarm = graphRequests(t.counters).roundTrips;
      }
    }

    // list configurations over 1, 20 and 200 configurations (the catalog's listing cache expired each time).
    const scale: Row[] = [];
    const contosoB = sim.connection.configurations.find((c) => c.displayName === 'Contoso B');
    if (contosoB) await benchGateway(sim).deleteServicePrincipal(contosoB.servicePrincipalId);
    const trips: Record<number, number> = {};
    let total = sim.connection.configurations.length - (contosoB ? 1 : 0);
    for (const wanted of [1, 20, 200]) {
      if (wanted > total)
        total = (await sim.control<{ total: number }>('POST', '/seed/configurations', { count: wanted - total })).total;
      await sleep(CATALOG_CACHE_MS + 200);
      const t = await countedTurn(sim, bot, connector, 'list configurations');
      // The listing pages come one after another; the jobs-and-secrets batches go out together,
      // then one batch of tenant names.
      const pages = t.counters.requests['GET /v1.0/servicePrincipals'] ?? 0;
      trips[wanted] = pages + Math.min(2, t.counters.requests['POST /v1.0/$batch'] ?? 0);
      scale.push({
        configurations: total,
        ms: round(t.ms),
        'sequential waits': trips[wanted],
        ...describe(t.counters),
        answer: listsAll(t.reply, total) ? 'ok' : 'UNEXPECTED',
      });
    }
    publish('graph', [
      { title: 'Graph requests per command (counted by the simulator; a $batch is one round trip)', rows: perCommand },
      { title: '"list configurations" by number of configurations (cold listing cache)', rows: scale },
      {
        title: 'Targets',
        rows: [
          target(
            `provision ${PROVISION_USER} with warm caches: <= 3 Graph requests`,
            provisionWarm <= 3,
            String(provisionWarm),
          ),
          target(
            'show configuration Contoso A with warm caches: one Graph round trip',
            showWarm <= 1,
            String(showWarm),
          ),
          target(
            'list configurations: the same sequential round trips for 1 and 20 configurations',
            trips[1] === trips[20],
            `${trips[1]} and ${trips[20]} (200: ${trips[200]})`,
          ),
        ],
      },
    ]);
  } finally {
    await bot.stop();
    await connector.close();
    await sim.stop();
  }
}

if (require.main === module) {
  commandLineOrExit(USAGE, { options: HELP });
  if (trustSimulatorOrRespawn()) runMain(module, benchGraph, 600);
}

/** The list's first page says how many configurations there are ("Configurations 1–20 of 201", "1 configuration"). */
function listsAll(reply: string, total: number): boolean {
  return new RegExp(`(?:^|\\D)${total} configurations?\\b|\\bof ${total}\\b`).test(reply);
}
