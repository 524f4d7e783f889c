import { generatedPerson } from '@cts-bot/tenant-simulator';
import { resolveUser } from '../src/sync/users/resolveUser';
import { commandLineOrExit, HELP } from '../tools/commandLine';
import { benchGateway } from './support/gateway';
import { runMain } from './support/main';
import { publish, Row, target } from './support/report';
import { BenchSimulator, graphRequests, startBenchSimulator } from './support/simulator';
import { round, summarize } from './support/stats';
import { trustSimulatorOrRespawn } from './support/trust';

/**
 * Directory scale: resolving a user by name (the product's resolveUser over the real gateway: $filter, then
 * $search, never a listing) in a 100,000-user source tenant, next to the same lookups in the small seeded tenant.
 */
const USERS = 100_000;
/** Enough that p99 is not simply the slowest lookup (with 300, the 3rd slowest). */
const LOOKUPS_PER_KIND = 300;
/** Lookups of each kind made first, not measured: every code path compiled and its connections open. */
const WARM_UP_PER_KIND = 10;

const generated = (n: number) => {
  const { given, surname, serial, alias } = generatedPerson(n);
  return { name: `${given} ${surname} ${serial}`, alias, surname };
};

type Kind = { kind: string; texts: (i: number) => string; expect: string[] };

function kinds(sim: BenchSimulator, large: boolean): Kind[] {
  const domain = sim.source.domain;
  const people = sim.connection.people.filter((p) => !p.userPrincipalName.includes('#EXT#'));
  const pick = (i: number) => (large ? generated(1000 + ((i * 1637) % (USERS - 2000))) : undefined);
  const person = (i: number) => people[i % people.length];
  return [
    { kind: 'full name', texts: (i) => pick(i)?.name ?? person(i).displayName, expect: ['found'] },
    {
      kind: 'UPN',
      texts: (i) => (pick(i) ? `${pick(i)!.alias}@${domain}` : person(i).userPrincipalName),
      expect: ['found'],
    },
    {
      kind: 'last name only ($search)',
      texts: (i) => pick(i)?.surname ?? person(i).displayName.split(' ').slice(-1)[0],
      expect: ['found', 'ambiguous'],
    },
    { kind: 'unknown name', texts: (i) => `Nobody Atall ${i}`, expect: ['unknown'] },
  ];
}

async function measure(sim: BenchSimulator, tenant: string, large: boolean): Promise<Row[]> {
  const gateway = benchGateway(sim);
  for (const k of kinds(sim, large))
    for (let i = 0; i < WARM_UP_PER_KIND; i++) await resolveUser(gateway, k.texts(LOOKUPS_PER_KIND + i));
  const rows: Row[] = [];
  for (const k of kinds(sim, large)) {
    const times: number[] = [];
    const outcomes = new Map<string, number>();
    await sim.resetCounters();
    for (let i = 0; i < LOOKUPS_PER_KIND; i++) {
      const t0 = performance.now();
      const found = await resolveUser(gateway, k.texts(i));
      times.push(performance.now() - t0);
      outcomes.set(found.kind, (outcomes.get(found.kind) ?? 0) + 1);
    }
    const c = await sim.counters();
    const s = summarize(times);
    const unexpected = [...outcomes.keys()].filter((o) => !k.expect.includes(o));
    rows.push({
      tenant,
      lookup: k.kind,
      n: s.count,
      p50: round(s.p50),
      p99: round(s.p99),
      max: round(s.max),
      'graph req/lookup': round(graphRequests(c).roundTrips / LOOKUPS_PER_KIND, 2),
      'sim ms/lookup': round(c.servedMs.graph.totalMs / LOOKUPS_PER_KIND),
      outcomes: [...outcomes].map(([o, n]) => `${o} ${n}`).join(', ') + (unexpected.length ? ' UNEXPECTED' : ''),
    });
  }
  return rows;
}

const USAGE = `
node lib/bench/directory.js
Resolving a user by name in a 100,000-user source tenant of the simulator, through the product's Graph gateway.
  --help  this text`;

export async function benchDirectory(): Promise<void> {
  const rows: Row[] = [];
  const small = await startBenchSimulator({ maxSeconds: 600 });
  try {
    rows.push(...(await measure(small, `seeded (${small.connection.people.length} people)`, false)));
  } finally {
    await small.stop();
  }
  const startedAt = performance.now();
  const large = await startBenchSimulator({ users: USERS, maxSeconds: 600 });
  const seedMs = performance.now() - startedAt;
  try {
    rows.push(...(await measure(large, `${USERS.toLocaleString('en-US')} users`, true)));
  } finally {
    await large.stop();
  }
  const largeRows = rows.filter((r) => String(r.tenant).startsWith(USERS.toLocaleString('en-US')));
  const worstP99 = Math.max(...largeRows.filter((r) => r.lookup !== 'unknown name').map((r) => Number(r.p99)));
  const unknownP99 = Number(largeRows.find((r) => r.lookup === 'unknown name')?.p99);
  publish(
    'directory',
    [
      { title: 'Resolving a user by name (ms), one lookup at a time, through the real gateway over HTTPS', rows },
      {
        title: 'Targets',
        rows: [
          target(
            'user resolution p99 < 50 ms in the 100,000-user tenant (found names)',
            worstP99 < 50,
            `${round(worstP99)} ms`,
          ),
          target('unknown name (with suggestions) p99 < 50 ms', unknownP99 < 50, `${round(unknownP99)} ms`),
        ],
      },
    ],
    { users: USERS, lookupsPerKind: LOOKUPS_PER_KIND, simulatorStartMs: Math.round(seedMs) },
  );
}

if (require.main === module) {
  commandLineOrExit(USAGE, { options: HELP });
  if (trustSimulatorOrRespawn()) runMain(module, benchDirectory, 900);
}
