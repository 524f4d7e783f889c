import assert from 'node:assert/strict';
import { createRateLimiter } from '../../../src/sync/provisioning/rateLimiter';

/** A clock that only moves when the limiter sleeps: the test sees every wait exactly. */
function fakeClock() {
  let now = 0;
  const waits: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
    waits,
    advance: (ms: number) => void (now += ms),
  };
}

describe('sync/provisioning rate limiter (5 per 10 s per job)', () => {
  it('runs 5 at once, then makes the 6th wait for the window, in order', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 5, windowMs: 10_000, now: clock.now, sleep: clock.sleep });
    const started: Array<[number, number]> = [];
    const heard: number[] = [];
    await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        limiter.run(
          'job-a',
          async () => void started.push([i, clock.now()]),
          (ms) => heard.push(ms),
        ),
      ),
    );
    assert.deepEqual(
      started.map(([i]) => i),
      [0, 1, 2, 3, 4, 5, 6],
      'first come, first served',
    );
    assert.deepEqual(
      started.slice(0, 5).map(([, t]) => t),
      [0, 0, 0, 0, 0],
    );
    assert.equal(started[5][1], 10_000);
    assert.equal(started[6][1], 10_000);
    assert.deepEqual(heard, [10_000]);
  });

  it(
    'counts the window from each answer, so a slow call is not counted early (the service counts ' +
      'it when it arrives)',
    async () => {
      const clock = fakeClock();
      const limiter = createRateLimiter({ limit: 1, windowMs: 10_000, now: clock.now, sleep: clock.sleep });
      await limiter.run('job-a', async () => clock.advance(2_000));
      let startedAt = -1;
      await limiter.run('job-a', async () => void (startedAt = clock.now()));
      assert.equal(startedAt, 12_000);
    },
  );

  it('keeps one window per key: another job is not held up', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 10_000, now: clock.now, sleep: clock.sleep });
    await limiter.run('job-a', async () => undefined);
    await limiter.run('job-b', async () => undefined);
    assert.deepEqual(clock.waits, []);
    await limiter.run('job-a', async () => undefined);
    assert.deepEqual(clock.waits, [10_000]);
  });

  it('holds a key back after a Retry-After, and a failing task frees its place', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 5, windowMs: 10_000, now: clock.now, sleep: clock.sleep });
    await assert.rejects(
      limiter.run('job-a', async () => Promise.reject(new Error('boom'))),
      /boom/,
    );
    limiter.holdOff('job-a', 3_000);
    await limiter.run('job-a', async () => undefined);
    assert.deepEqual(clock.waits, [3_000]);
  });
});
