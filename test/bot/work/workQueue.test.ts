import assert from 'node:assert/strict';
import { ErrorCode, isCoded } from '../../../src/errors';
import { WorkQueue } from '../../../src/bot/work/workQueue';

/** A job the test finishes by hand, so what runs when is decided by the test, not by timing. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('work queue: bounded, in order per conversation', () => {
  it('runs at most `concurrency` jobs at once; the rest wait and are counted', async () => {
    const queue = new WorkQueue(2);
    const gates = [gate(), gate(), gate()];
    const started: number[] = [];
    const done = gates.map((g, i) =>
      queue.run(`conversation-${i}`, async () => {
        started.push(i);
        await g.opened;
        return i;
      }),
    );
    await flush();
    assert.deepEqual(started, [0, 1]);
    assert.deepEqual(queue.counts, { inFlight: 2, waiting: 1 });
    gates[1].open();
    assert.equal(await done[1], 1);
    await flush();
    assert.deepEqual(started, [0, 1, 2], 'the freed slot goes to the waiting job');
    assert.deepEqual(queue.counts, { inFlight: 2, waiting: 0 });
    gates[0].open();
    gates[2].open();
    await Promise.all(done);
    assert.deepEqual(queue.counts, { inFlight: 0, waiting: 0 });
  });

  it('runs one conversation’s jobs one after the other, in the order they came, while others go ahead', async () => {
    const queue = new WorkQueue(4);
    const first = gate();
    const order: string[] = [];
    const a1 = queue.run('a', async () => {
      order.push('a1 start');
      await first.opened;
      order.push('a1 end');
    });
    const a2 = queue.run('a', async () => void order.push('a2'));
    const b1 = queue.run('b', async () => void order.push('b1'));
    await b1;
    assert.deepEqual(order, ['a1 start', 'b1'], 'b does not wait for a; a2 waits for a1');
    assert.deepEqual(queue.counts, { inFlight: 1, waiting: 1 });
    first.open();
    await Promise.all([a1, a2]);
    assert.deepEqual(order, ['a1 start', 'b1', 'a1 end', 'a2']);
  });

  it('a failing job frees its slot and its conversation, and its failure reaches its caller', async () => {
    const queue = new WorkQueue(1);
    const failed = queue.run('a', async () => {
      throw new Error('Graph said no');
    });
    const next = queue.run('a', async () => 'ran');
    await assert.rejects(failed, /Graph said no/);
    assert.equal(await next, 'ran');
  });

  it('idle() resolves once nothing runs or waits; after stop() new work is refused, queued work runs', async () => {
    const queue = new WorkQueue(1);
    await queue.idle();
    const g = gate();
    let idle = false;
    const running = queue.run('a', () => g.opened);
    const queued = queue.run('b', async () => 'queued ran');
    void queue.idle().then(() => (idle = true));
    queue.stop();
    await assert.rejects(
      queue.run('c', async () => 'never'),
      (error: unknown) => isCoded(error, ErrorCode.ShuttingDown),
    );
    await flush();
    assert.equal(idle, false);
    g.open();
    await running;
    assert.equal(await queued, 'queued ran');
    await flush();
    assert.equal(idle, true);
  });
});
