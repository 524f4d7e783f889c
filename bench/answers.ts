import { LATENCY_PROFILES, type LatencyProfile } from '@cts-bot/tenant-simulator';
import { commandLineOrExit, HELP } from '../tools/commandLine';
import { Verb } from '../src/cards/verbs';
import { startProductBot } from './support/bots';
import { type CardConnector, startCardConnector } from './support/cardConnector';
import { benchGateway } from './support/gateway';
import { runMain } from './support/main';
import { publish, Row } from './support/report';
import { type BenchSimulator, startBenchSimulator } from './support/simulator';
import { round, summarize } from './support/stats';
import { trustSimulatorOrRespawn } from './support/trust';
import { BENCH_USER } from './support/activity';

/**
 * Answering Teams in time: for provision and approve, how long Teams waits for the HTTP answer, for the first card
 * and for the result on that card, while the simulator makes the slow Graph calls take `--delay-ms` (a delay fault
 * on provisionOnDemand and on the approval's assignment write), or, with `--delay-ms 0`, as long as its latency
 * profile says (realistic unless `--latency` chooses another).
 */
const USAGE = `
node lib/bench/answers.js [--delay-ms <ms>] [--latency off|short|realistic] [--runs <n>]
Time to the HTTP answer, to the first card and to the result, p50 and p99, for "provision Adele Vance now", an
Approve click, and the second Approve of a guided setup (which runs it), with the slow Graph calls delayed by the
simulator (default 5000 ms), next to the simulator's own time for those calls.
--delay-ms 0: no delay faults; the simulator's latency profile makes Graph slow (provisionOnDemand 5-30 s,
  test connection 2-10 s, 15 s replication after instantiate, other calls 50-300 ms: its README, "Latency").
--latency: the simulator's profile (default: realistic with --delay-ms 0, else off).
--runs: provisions to measure (default 10; approvals: 3; setups: 2, one per target the simulator has).
  --help  this text`;

const GROUPS = ['Retail', 'Leadership', 'Engineering'];
/** Targets guided setup can reach in the simulator; each is set up once. */
const TARGETS = ['tailspintoys.com', 'woodgrovebank.com'];
const OPS = { id: '19:bench-identity-ops@thread.tacv2', name: 'Identity Ops' };

interface Sample {
  answerMs: number;
  firstCardMs: number;
  resultMs: number;
  simulatorMs: number;
}

async function benchAnswers(): Promise<void> {
  const { values } = commandLineOrExit(USAGE, {
    options: { ...HELP, 'delay-ms': { type: 'string' }, latency: { type: 'string' }, runs: { type: 'string' } },
  });
  const delayMs = Number(values['delay-ms'] ?? 5000);
  const latency = values.latency ?? (delayMs === 0 ? 'realistic' : 'off');
  if (!LATENCY_PROFILES.includes(latency as LatencyProfile))
    throw new Error(`--latency: one of ${LATENCY_PROFILES.join(', ')}`);
  const runs = Number(values.runs ?? 10);
  const sim = await startBenchSimulator({ maxSeconds: 1500, latency: latency as LatencyProfile });
  const connector = await startCardConnector();
  // Graph's provisionOnDemand alone takes up to 30 s: the product's default request limit (40 s) or more.
  const bot = await startProductBot(sim.botEnv, 1500, { GRAPH_TIMEOUT_MS: String(Math.max(40_000, delayMs * 3)) });
  const alex = await benchGateway(sim).getUser('AlexW@contoso.com');
  if (!alex) throw new Error('AlexW is not in the simulator');
  const post = postAs(bot.url, connector.url, sim.source.tenantId);
  try {
    const provision: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      await slow(sim, 'provisionOnDemand', delayMs);
      provision.push(await provisionOnce(sim, connector, post, i));
    }
    const megan = { id: BENCH_USER.aadObjectId, name: BENCH_USER.name };
    await post(megan, { id: `bench-ops-${Date.now()}`, type: 'message', text: 'use this channel for approvals' }, OPS);
    const approve: Sample[] = [];
    for (const group of GROUPS) {
      await slow(sim, 'appRoleAssignedTo', delayMs);
      approve.push(await approveOnce(sim, connector, post, megan, { id: alex.id, name: alex.displayName }, group));
    }
    const isaiah = await benchGateway(sim).getUser('IsaiahL@contoso.com');
    if (!isaiah) throw new Error('IsaiahL is not in the simulator');
    const approvers = [megan, { id: isaiah.id, name: isaiah.displayName }];
    const setup: Sample[] = [];
    for (const domain of TARGETS) {
      await slow(sim, 'validateCredentials', delayMs);
      setup.push(await setupOnce(sim, connector, post, { id: alex.id, name: alex.displayName }, approvers, domain));
    }
    const slowness = delayMs > 0 ? `delayed ${delayMs} ms` : `${latency} latency profile`;
    const rows = [
      row('provision Adele Vance now', provision, slowness),
      row('Approve (adds a group)', approve, slowness),
      row('Approve (the second, which runs setup)', setup, slowness),
    ];
    const title = `Answers and results, the slow Graph calls ${delayMs > 0 ? slowness : `under the ${slowness}`}`;
    publish('answers', [{ title, rows }], {
      delayMs,
      latency,
      provision,
      approve,
      setup,
    });
  } finally {
    await bot.stop();
    await connector.close();
    await sim.stop();
  }
}

type Person = { id: string; name: string };
type Post = (who: Person, activity: Record<string, unknown>, channel?: typeof OPS) => Promise<number>;
type PostForBody = (who: Person, activity: Record<string, unknown>, channel?: typeof OPS) => Promise<string>;

/** POSTs an activity to the bot as `who` (personal chat, or the channel) and resolves with the answer's time. */
function postAs(botUrl: string, serviceUrl: string, tenantId: string): Post {
  return async (who, activity, channel) => {
    const started = Date.now();
    const res = await fetch(`${botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channelId: 'msteams',
        serviceUrl,
        from: { id: `29:${who.id}`, aadObjectId: who.id, name: who.name },
        recipient: { id: '28:bench-bot', name: 'Sync Bot' },
        conversation: channel
          ? { id: channel.id, conversationType: 'channel', tenantId, isGroup: true, name: channel.name }
          : { id: `a:${who.id}`, conversationType: 'personal', tenantId, isGroup: false },
        channelData: { tenant: { id: tenantId }, ...(channel ? { channel } : {}) },
        locale: 'en-US',
        ...activity,
      }),
    });
    lastBody = await res.text();
    if (!res.ok) throw new Error(`/api/messages answered ${res.status}`);
    return Date.now() - started;
  };
}

/** The body of the last answer `postAs` read (an invoke's card). */
let lastBody = '';
const withBody =
  (post: Post): PostForBody =>
  async (who, activity, channel) => {
    await post(who, activity, channel);
    return lastBody;
  };

async function slow(sim: BenchSimulator, path: string, delayMs: number): Promise<void> {
  await sim.control('DELETE', '/faults');
  if (delayMs > 0) await sim.control('POST', '/faults', { kind: 'delay', method: 'POST', path, delayMs, count: 1 });
  await sim.resetCounters();
}

async function simulatorMs(sim: BenchSimulator): Promise<number> {
  return (await sim.counters()).servedMs.graph.totalMs;
}

async function provisionOnce(sim: BenchSimulator, connector: CardConnector, post: Post, i: number): Promise<Sample> {
  const from = connector.count();
  const id = `bench-provision-${Date.now()}-${i}`;
  const started = Date.now();
  const answerMs = await post(
    { id: BENCH_USER.aadObjectId, name: BENCH_USER.name },
    { id, type: 'message', text: 'provision Adele Vance now' },
  );
  const first = await connector.next(from, (e) => e.method === 'POST' && e.replyToId === id);
  const result = await connector.next(from, (e) => e.method === 'PUT' && e.id === first.id && /Run again/.test(e.text));
  return {
    answerMs,
    firstCardMs: first.at - started,
    resultMs: result.at - started,
    simulatorMs: await simulatorMs(sim),
  };
}

async function approveOnce(
  sim: BenchSimulator,
  connector: CardConnector,
  post: Post,
  requester: Person,
  approver: Person,
  group: string,
): Promise<Sample> {
  let from = connector.count();
  const text = `add the ${group} group to Contoso A because the pilot starts Monday`;
  await post(requester, { id: `bench-request-${Date.now()}`, type: 'message', text });
  const preview = await connector.next(from, (e) => e.method === 'POST' && /Review this change/.test(e.text));
  const submit = dataOf(preview.text, Verb.approvalSubmit);
  from = connector.count();
  await post(requester, click(Verb.approvalSubmit, submit, preview.id));
  const posted = await connector.next(
    from,
    (e) => e.method === 'POST' && e.conversationId === OPS.id && /Approval request/.test(e.text),
  );
  await sim.resetCounters();
  from = connector.count();
  const started = Date.now();
  const answerMs = await post(
    approver,
    click(Verb.approvalApprove, dataOf(posted.text, Verb.approvalApprove), posted.id),
    OPS,
  );
  const result = await connector.next(from, (e) => e.method === 'PUT' && e.id === posted.id && /applied/i.test(e.text));
  // The click answers with the card itself: its "first card" is the answer.
  return { answerMs, firstCardMs: answerMs, resultMs: result.at - started, simulatorMs: await simulatorMs(sim) };
}

/**
 * Guided setup as a person runs it: the plan, "Ask for approval", Submit, and two approvers; the second Approve runs
 * the setup (six writes and a test connection), which is what is timed.
 */
async function setupOnce(
  sim: BenchSimulator,
  connector: CardConnector,
  post: Post,
  requester: Person,
  approvers: Person[],
  domain: string,
): Promise<Sample> {
  const answered = withBody(post);
  let from = connector.count();
  await post(requester, { id: `bench-setup-${Date.now()}`, type: 'message', text: `set up sync to ${domain}` });
  const plan = await connector.next(from, (e) => e.method === 'POST' && /Set up sync to/.test(e.text));
  from = connector.count();
  const preview = await resultOf(
    connector,
    from,
    plan.id,
    /Submit for approval/,
    await answered(requester, click('setup.run', dataOf(plan.text, 'setup.run'), plan.id)),
  );
  from = connector.count();
  await post(requester, click(Verb.approvalSubmit, dataOf(preview, Verb.approvalSubmit), plan.id));
  const posted = await connector.next(
    from,
    (e) => e.method === 'POST' && e.conversationId === OPS.id && /Approval request: Set up sync/.test(e.text),
  );
  const approve = dataOf(posted.text, Verb.approvalApprove);
  await post(approvers[0], click(Verb.approvalApprove, approve, posted.id), OPS);
  await sim.resetCounters();
  from = connector.count();
  const started = Date.now();
  const answerMs = await post(approvers[1], click(Verb.approvalApprove, approve, posted.id), OPS);
  const result = await connector.next(from, (e) => e.method === 'PUT' && e.id === posted.id && /applied/i.test(e.text));
  return { answerMs, firstCardMs: answerMs, resultMs: result.at - started, simulatorMs: await simulatorMs(sim) };
}

/** A click's result: its answer when that is the result already, else the update of the clicked card that is. */
async function resultOf(connector: CardConnector, from: number, cardId: string, match: RegExp, answer: string) {
  if (match.test(answer)) return answer;
  return (await connector.next(from, (e) => e.method === 'PUT' && e.id === cardId && match.test(e.text))).text;
}

function click(verb: string, data: unknown, replyToId: string): Record<string, unknown> {
  return {
    id: `bench-click-${Date.now()}`,
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** The data of the button with `verb` in a card's JSON text. */
function dataOf(text: string, verb: string): unknown {
  const start = Math.min(...['[', '{'].map((c) => text.indexOf(c)).filter((i) => i >= 0));
  const card = JSON.parse(text.slice(start)) as unknown;
  let found: unknown;
  const walk = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'Action.Execute' && o.verb === verb) found = o.data;
    Object.values(o).forEach(walk);
  };
  walk(card);
  if (!found) throw new Error(`no ${verb} button`);
  return found;
}

function row(operation: string, samples: Sample[], slowness: string): Row {
  const of = (pick: (s: Sample) => number) => summarize(samples.map(pick));
  const answer = of((s) => s.answerMs);
  const first = of((s) => s.firstCardMs);
  const result = of((s) => s.resultMs);
  const simulator = of((s) => s.simulatorMs);
  return {
    operation,
    runs: samples.length,
    'slow Graph calls': slowness,
    'answer p50 / p99 ms': `${round(answer.p50)} / ${round(answer.p99)}`,
    'first card p50 / p99 ms': `${round(first.p50)} / ${round(first.p99)}`,
    'result p50 / p99 ms': `${round(result.p50)} / ${round(result.p99)}`,
    'simulator ms (its own time for the Graph calls) p50 / p99': `${round(simulator.p50)} / ${round(simulator.p99)}`,
  };
}

if (trustSimulatorOrRespawn()) runMain(module, benchAnswers, 1500);
