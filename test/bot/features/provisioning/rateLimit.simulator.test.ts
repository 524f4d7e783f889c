import assert from 'node:assert/strict';
import { assertValidCard, cardOf } from '../../../support/adaptiveCard';
import { startSyncWorld, SyncWorld, visibleText } from '../../../support/syncBot';

const PEOPLE = [
  'Alex Wilber',
  'Megan Bowen',
  'Isaiah Langer',
  'Lynne Robbins',
  'Johanna Lorenz',
  'Debra Berger',
  'Emily Braun',
];

describe('several users at once within the provision-on-demand rate limit (simulator)', function () {
  this.timeout(90_000);
  let world: SyncWorld;
  before(async () => {
    world = await startSyncWorld();
    const config = await world.configuration('Contoso A');
    for (const name of PEOPLE)
      await world.gateway.addAssignment(config.servicePrincipalId, {
        principalId: await world.userId(name),
        appRoleId: config.appRoleId!,
      });
  });
  after(async () => world?.stop());

  const onDemand = () => world.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/provisionOnDemand'));

  it('provisions 7 users on one card, 5 per 10 seconds per job, without a single 429 or failure', async () => {
    const started = Date.now();
    const replies = await world.bot.say(`provision ${PEOPLE.slice(0, -1).join(', ')} and ${PEOPLE.at(-1)}`);
    assert.equal(replies.length, 1);
    const card = cardOf(replies[0]);
    assertValidCard(card);
    const text = visibleText(card);
    for (const name of PEOPLE)
      assert.match(text, new RegExp(`${name}\\nCreated ${name} in Fabrikam, Inc\\. as Member`), name);
    assert.match(text, /7 of 7 done/);
    const calls = onDemand();
    assert.equal(calls.length, 7);
    assert.deepEqual(
      calls.filter((c) => c.status !== 200).map((c) => c.status),
      [],
      'no request was throttled',
    );
    const times = calls.map((c) => c.at).sort((a, b) => a - b);
    for (let i = 5; i < times.length; i++)
      assert.ok(
        times[i] - times[i - 5] >= 9_000,
        `call ${i + 1} came ${times[i] - times[i - 5]} ms after call ${i - 4}`,
      );
    assert.ok(Date.now() - started >= 9_000);
    const progress = world.updates.map((u) => visibleText(u.card)).join('\n');
    assert.match(progress, /Waiting \d+ s for Contoso A's rate limit/, 'the card said why it waited');
  });

  it(
    'a 429 from Graph anyway (another client used the budget) is waited out with Retry-After: the request does not ' +
      'fail',
    async () => {
      await world.stop();
      world = await startSyncWorld(); // a fresh window for the job, on both sides
      const fault = await world.sim.control('POST', '/faults', {
        kind: 'throttle',
        path: '/provisionOnDemand',
        count: 5,
        retryAfterSeconds: 1,
      });
      assert.equal(fault.status, 201);
      const before = onDemand().length;
      const replies = await world.bot.say('provision Adele Vance');
      const text = visibleText(cardOf(replies[0]));
      assert.match(text, /Created Adele Vance in Fabrikam, Inc\. as Member/);
      const calls = onDemand().slice(before);
      assert.equal(calls.filter((c) => c.status === 429).length, 5);
      assert.equal(calls.at(-1)?.status, 200);
    },
  );
});
