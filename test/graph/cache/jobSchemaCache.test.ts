import assert from 'node:assert/strict';
import { createJobSchemaCache, JobSchemaSummary } from '../../../src/graph/cache/jobSchemaCache';

const summary = (ruleId: string): JobSchemaSummary => ({ ruleId });

describe('graph/cache a job schema read once and reused for a while', () => {
  const setup = (ttlMs = 60_000) => {
    let clock = 0;
    const reads: string[] = [];
    const cache = createJobSchemaCache({ ttlMs, now: () => clock });
    const read = (
      sp: string,
      job: string,
      answer: Promise<JobSchemaSummary> = Promise.resolve(summary(`${sp}/${job}#${reads.length}`)),
    ) => cache.get(sp, job, () => (reads.push(`${sp}/${job}`), answer));
    return { cache, reads, read, tick: (ms: number) => (clock += ms) };
  };

  it('answers from the first read while it is fresh, then reads again', async () => {
    const { read, reads, tick } = setup();
    const first = await read('sp-a', 'job-a');
    tick(59_999);
    assert.equal(await read('sp-a', 'job-a'), first);
    assert.equal(await read('SP-A', 'job-a'), first, 'service principal ids compare case-insensitively');
    tick(1);
    assert.notEqual(await read('sp-a', 'job-a'), first);
    assert.deepEqual(reads, ['sp-a/job-a', 'sp-a/job-a']);
  });

  it('shares a read in flight, and does not keep a failed one', async () => {
    const { read, reads } = setup();
    let fail!: (e: Error) => void;
    const failing = new Promise<JobSchemaSummary>((_, reject) => (fail = reject));
    const one = read('sp-a', 'job-a', failing);
    const two = read('sp-a', 'job-a');
    fail(new Error('Graph is unavailable'));
    await assert.rejects(one, /unavailable/);
    await assert.rejects(two, /unavailable/);
    assert.equal((await read('sp-a', 'job-a')).ruleId, 'sp-a/job-a#1');
    assert.deepEqual(reads, ['sp-a/job-a', 'sp-a/job-a']);
  });

  it('forgets one job, or every job of a configuration, so the next read is fresh', async () => {
    const { cache, read, reads } = setup();
    await read('sp-a', 'job-a');
    await read('sp-a', 'job-b');
    await read('sp-b', 'job-a');
    cache.forget('sp-a', 'job-a');
    assert.equal(cache.peek('sp-a', 'job-a'), undefined);
    assert.ok(cache.peek('sp-a', 'job-b'));
    cache.forget('SP-A');
    assert.equal(cache.peek('sp-a', 'job-b'), undefined);
    assert.ok(cache.peek('sp-b', 'job-a'), 'other configurations keep theirs');
    assert.equal(reads.length, 3);
  });

  it('keeps a summary read elsewhere; with no time to keep, always reads', async () => {
    const { cache, read, reads } = setup();
    cache.remember('sp-a', 'job-a', Promise.resolve(summary('from a batch')));
    assert.equal((await read('sp-a', 'job-a')).ruleId, 'from a batch');
    assert.deepEqual(reads, []);
    const never = setup(0);
    await never.read('sp-a', 'job-a');
    await never.read('sp-a', 'job-a');
    assert.equal(never.reads.length, 2);
  });
});
