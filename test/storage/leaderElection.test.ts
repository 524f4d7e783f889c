import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ErrorCode, isCoded } from '../../src/errors';
import { silentLogger } from '../../src/logging';
import type { DurableStorage } from '../../src/storage/durableStorage';
import { BlobLeaseLeader } from '../../src/storage/leader/blobLeaseLeader';
import { createLeaderElector } from '../../src/storage/leader/createLeaderElector';
import { leaseIdFor } from '../../src/storage/leader/leaseId';
import { LocalLeader } from '../../src/storage/leader/localLeader';
import { SqliteStorage } from '../../src/storage/sqlite/sqliteStorage';

const AZURITE_LIKE =
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:9/' +
  'devstoreaccount1;';

describe('leader election', () => {
  let dir = '';
  let store: DurableStorage;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-leader-'));
    store = SqliteStorage.open(path.join(dir, 'bot.sqlite'), silentLogger());
  });
  after(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('leads alone with SQLite, keeps the cursor in storage, and refuses writes once stopped', async () => {
    const settings = {
      storage: { backend: 'sqlite', file: '' } as const,
      store,
      job: 'alert-monitor',
      instanceId: 'i-1',
      leaseSeconds: 15,
      logger: silentLogger(),
    };
    const leader = createLeaderElector<{ watermark: string }>(settings);
    assert.ok(leader instanceof LocalLeader);
    assert.equal(leader.isLeader(), false);
    await leader.start();
    assert.equal(leader.isLeader(), true);
    await leader.writeFenced({ watermark: '2024-05-01T10:00:00Z' });
    assert.deepEqual(await createLeaderElector(settings).readCursor(), { watermark: '2024-05-01T10:00:00Z' });
    await leader.stop();
    await assert.rejects(leader.writeFenced({ watermark: 'later' }), (e: unknown) => isCoded(e, ErrorCode.NotLeader));
  });

  it('elects through a blob lease with Blob Storage, and accepts only leases the service allows', () => {
    const base = {
      storage: { backend: 'blob', connectionString: AZURITE_LIKE, container: 'botstate' } as const,
      store,
      job: 'alert-monitor',
      instanceId: 'i-1',
      logger: silentLogger(),
    };
    assert.ok(createLeaderElector({ ...base, leaseSeconds: 60 }) instanceof BlobLeaseLeader);
    for (const leaseSeconds of [14, 61]) {
      assert.throws(
        () => createLeaderElector({ ...base, leaseSeconds }),
        (e: unknown) => isCoded(e, ErrorCode.BotMisconfigured) && /ALERT_LEASE_SECONDS .* 15 to 60/.test(e.message),
      );
    }
  });

  it('proposes a stable GUID lease id for any instance id', () => {
    const appServiceId = 'a'.repeat(64);
    const id = leaseIdFor(appServiceId);
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(leaseIdFor(appServiceId), id);
    assert.notEqual(leaseIdFor('b'.repeat(64)), id);
    assert.equal(leaseIdFor('8B2F1F1E-1111-4111-8111-111111111111'), '8b2f1f1e-1111-4111-8111-111111111111');
  });
});
