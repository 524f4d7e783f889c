import assert from 'node:assert/strict';
import { startSimulator } from '../src';
import { LatencyDraws } from '../src/latency/latencyDraws';
import { graph, provisionOnDemand, useSimulator } from './helpers';

const person = (sim: ReturnType<ReturnType<typeof useSimulator>['get']>, name: string) =>
  sim.connection.people.find((p) => p.displayName === name)!;

describe('simulator: latency profiles', () => {
  it('is as slow as Graph by default: realistic, with the 15 s replication delay', async () => {
    const sim = await startSimulator({ dataDir: process.env.TEST_SIMULATOR_DATA_DIR!, writeConnectionFile: false });
    try {
      assert.equal(sim.core.settings.latency, 'realistic');
      assert.equal(sim.core.settings.replicationDelayMs, 15_000);
    } finally {
      await sim.stop();
    }
  });

  describe('chosen through the control API', () => {
    const s = useSimulator();

    it('answers the profile in the settings and changes the replication delay with it', async () => {
      const sim = s.get();
      const before = await sim.control('GET', '/settings');
      assert.equal(before.body.latency, 'short');
      assert.equal(before.body.replicationDelayMs, 1500);
      const off = await sim.control('PATCH', '/settings', { latency: 'off', latencySeed: 7 });
      assert.equal(off.status, 200);
      assert.deepEqual([off.body.latency, off.body.latencySeed, off.body.replicationDelayMs], ['off', 7, 0]);
      const given = await sim.control('PATCH', '/settings', { latency: 'realistic', replicationDelayMs: 300 });
      assert.deepEqual([given.body.latency, given.body.replicationDelayMs], ['realistic', 300], 'a delay given wins');
      await sim.control('PATCH', '/settings', { latency: 'short', latencySeed: 14 });
    });

    it('refuses an unknown profile and a seed that is not a whole number', async () => {
      const sim = s.get();
      const bad = await sim.control('PATCH', '/settings', { latency: 'slow' });
      assert.equal(bad.status, 400);
      assert.match(JSON.stringify(bad.body), /latency must be one of off, short, realistic/);
      const seed = await sim.control('PATCH', '/settings', { latencySeed: 1.5 });
      assert.equal(seed.status, 400);
      assert.equal((await sim.control('GET', '/settings')).body.latency, 'short');
    });

    it('a slow provisionOnDemand holds up no other request', async () => {
      const sim = s.get();
      await sim.control('PATCH', '/settings', { onDemandLimit: 0 });
      const order: string[] = [];
      const slow = provisionOnDemand(sim, 'Contoso A', [person(sim, 'Lee Gu').id]).then((r) => {
        order.push('provisionOnDemand');
        return r;
      });
      // The short profile's provisionOnDemand waits at least 500 ms, a read at most 30 ms.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const read = await graph(sim, 'GET', '/users?$top=1');
      order.push('read');
      assert.equal(read.status, 200);
      assert.equal((await slow).status, 200);
      assert.deepEqual(order, ['read', 'provisionOnDemand']);
    });
  });

  it('draws the same waits for the same seed, each kind of call on its own stream', () => {
    const sequence = (seed: number, interleave: boolean) => {
      const draws = new LatencyDraws();
      const out: number[] = [];
      for (let i = 0; i < 5; i++) {
        if (interleave) draws.draw('realistic', seed, 'GET', '/users');
        out.push(
          draws.draw(
            'realistic',
            seed,
            'POST',
            '/servicePrincipals/{id}/synchronization/jobs/{jobId}/provisionOnDemand',
          ),
        );
      }
      return out;
    };
    assert.deepEqual(sequence(14, false), sequence(14, true));
    assert.notDeepEqual(sequence(14, false), sequence(15, false));
    for (const ms of sequence(14, false)) assert.ok(ms >= 5_000 && ms <= 30_000, `${ms} ms`);
    assert.equal(new LatencyDraws().draw('off', 14, 'POST', '/x/provisionOnDemand'), 0);
  });
});
