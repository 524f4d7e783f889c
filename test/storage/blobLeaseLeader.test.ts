import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { BlobServiceClient, ContainerClient } from '@azure/storage-blob';
import { ErrorCode, isCoded } from '../../src/errors';
import { BlobLeaseLeader, BlobLeaseLeaderOptions } from '../../src/storage/leader/blobLeaseLeader';
import { useAzurite } from '../support/azurite';
import { captureLogger, LogLine } from './support/captureLogger';

// The service's shortest lease; these tests wait for real expiries, so there are only a few.
const LEASE_SECONDS = 15;

async function waitUntil(condition: () => boolean, withinMs: number, what: string): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(100);
  }
}

const isNotLeader = (e: unknown): boolean => isCoded(e, ErrorCode.NotLeader);

describe('BlobLeaseLeader on Azurite', function () {
  this.timeout(60_000);
  const azurite = useAzurite();
  let container: ContainerClient;
  let started: BlobLeaseLeader<{ n: number }>[] = [];
  let job = '';
  let jobs = 0;
  let logs: LogLine[] = [];

  const contender = (
    instanceId: string,
    extra: Partial<BlobLeaseLeaderOptions> = {},
  ): BlobLeaseLeader<{ n: number }> => {
    const { logger, lines } = captureLogger();
    logs = lines;
    const leader = new BlobLeaseLeader<{ n: number }>({
      container,
      job,
      instanceId,
      leaseSeconds: LEASE_SECONDS,
      logger,
      ...extra,
    });
    started.push(leader);
    return leader;
  };

  before(() => {
    container = BlobServiceClient.fromConnectionString(azurite.current().connectionString).getContainerClient('leases');
  });
  beforeEach(() => {
    job = `alert-monitor-${++jobs}`;
  });
  afterEach(async () => {
    await Promise.all(started.map((leader) => leader.stop()));
    started = [];
  });

  it('elects one leader, keeps the second contender waiting, and hands over on release', async () => {
    const a = contender('instance-a');
    const b = contender('instance-b');
    await a.start();
    await b.start();
    assert.equal(a.isLeader(), true);
    assert.equal(b.isLeader(), false);
    await a.writeFenced({ n: 1 });
    await assert.rejects(b.writeFenced({ n: 99 }), isNotLeader);
    assert.deepEqual(await b.readCursor(), { n: 1 });

    await a.stop();
    assert.equal(a.isLeader(), false);
    await waitUntil(() => b.isLeader(), LEASE_SECONDS * 1000, 'b leads after a released');
    await b.writeFenced({ n: 2 });
    assert.deepEqual(await a.readCursor(), { n: 2 });
  });

  it('lets a restarted instance (same instance id) take its own lease back at once', async () => {
    const before = contender('8B2F1F1E-1111-4111-8111-111111111111');
    await before.start();
    const restarted = contender('8B2F1F1E-1111-4111-8111-111111111111');
    await restarted.start();
    assert.equal(restarted.isLeader(), true);
  });

  it('renews, so the leader keeps the job past the lease length while a contender waits', async () => {
    const a = contender('instance-a');
    const b = contender('instance-b');
    await a.start();
    await b.start();
    const until = Date.now() + (LEASE_SECONDS + 2) * 1000;
    while (Date.now() < until) {
      assert.equal(a.isLeader(), true, 'a lost the lead it kept renewing');
      assert.equal(b.isLeader(), false, 'b took a lease that was being renewed');
      await sleep(250);
    }
    await a.writeFenced({ n: 1 });
  });

  it("hands over after the lease expires, and the service refuses the deposed leader's fenced write", async () => {
    // a stands for a leader that froze (long GC pause, lost network): it never renews and its
    // clock stands still, so it still believes it leads when it wakes up.
    const frozenAt = Date.now();
    const a = contender('instance-a', { renewEveryMs: 3_600_000, now: () => frozenAt });
    const aLogs = logs;
    const b = contender('instance-b');
    await a.start();
    await a.writeFenced({ n: 1 });
    const contendingSince = Date.now();
    await b.start();
    await waitUntil(() => b.isLeader(), (LEASE_SECONDS + 10) * 1000, "b leads after a's lease expired");
    assert.ok(Date.now() - contendingSince >= (LEASE_SECONDS - 2) * 1000, "b led before a's lease could have expired");

    assert.equal(a.isLeader(), true, 'the frozen leader should still believe it leads');
    await assert.rejects(a.writeFenced({ n: 99 }), isNotLeader);
    assert.equal(a.isLeader(), false);
    assert.ok(aLogs.some((l) => l.level === 40 && l.msg === 'Lost leadership'));
    await b.writeFenced({ n: 2 });
    assert.deepEqual(await b.readCursor(), { n: 2 });
  });
});
