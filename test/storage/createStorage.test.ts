import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CredentialUnavailableError } from '@azure/identity';
import { loadConfig } from '../../src/config';
import { ErrorCode, isCoded } from '../../src/errors';
import { silentLogger } from '../../src/logging';
import { blobUnavailable } from '../../src/storage/blob/blobErrors';
import { BlobStorage } from '../../src/storage/blob/blobStorage';
import { createStorage } from '../../src/storage/createStorage';
import { readItem } from '../../src/storage/durableStorage';
import { SqliteStorage } from '../../src/storage/sqlite/sqliteStorage';
import { startAzurite, useAzurite } from '../support/azurite';

describe('createStorage', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let dir = '';
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-factory-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('opens SQLite under DATA_DIR by default', async () => {
    const storage = await createStorage(loadConfig({ DATA_DIR: dir }).storage, silentLogger());
    try {
      assert.ok(storage instanceof SqliteStorage);
      assert.equal(storage.file, path.join(dir, 'bot.sqlite'));
      assert.ok(fs.existsSync(storage.file));
    } finally {
      await storage.close();
    }
  });

  it('opens Azure Blob Storage from a connection string and creates the container', async () => {
    const env = {
      DATA_DIR: dir,
      STORAGE_BACKEND: 'blob',
      AZURE_STORAGE_CONNECTION_STRING: azurite.current().connectionString,
      AZURE_STORAGE_CONTAINER: 'factory-state',
    };
    const storage = await createStorage(loadConfig(env).storage, silentLogger());
    assert.ok(storage instanceof BlobStorage);
    assert.equal(storage.endpoint, `http://127.0.0.1:${azurite.current().port}/devstoreaccount1/factory-state`);
    await storage.write({ 'conversations/19:x@thread.v2': { ok: true } });
    const again = await createStorage(loadConfig(env).storage, silentLogger());
    assert.equal((await readItem(again, 'conversations/19:x@thread.v2'))?.ok, true);
  });

  it('stops start-up with StorageUnavailable when Blob Storage cannot be reached', async () => {
    const stopped = await startAzurite();
    await stopped.stop();
    await assert.rejects(
      createStorage(
        { backend: 'blob', connectionString: stopped.connectionString, container: 'botstate' },
        silentLogger(),
        { blobRetry: { maxTries: 1 } },
      ),
      (e: unknown) =>
        isCoded(e, ErrorCode.StorageUnavailable) &&
        new RegExp(
          String.raw`Azure Blob Storage at http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1\/botstate is unreachable ` +
            String.raw`\(ECONNREFUSED\) while trying to create the container`,
        ).test(e.message),
    );
  });

  it('explains a missing managed identity and refused access, without secrets', () => {
    const endpoint = 'https://account.blob.core.windows.net/botstate';
    const noIdentity = blobUnavailable(
      new CredentialUnavailableError('ManagedIdentityCredential: no identity endpoint'),
      endpoint,
      'read "k"',
    );
    assert.equal(noIdentity.code, ErrorCode.StorageUnavailable);
    assert.match(noIdentity.message, /no token for the managed identity .*AZURE_STORAGE_CONNECTION_STRING/);
    const forbidden = blobUnavailable(
      Object.assign(new Error('denied'), { statusCode: 403, code: 'AuthorizationPermissionMismatch' }),
      endpoint,
      'read "k"',
    );
    assert.match(
      forbidden.message,
      /refused access \(403 AuthorizationPermissionMismatch\).*Storage Blob Data Contributor/,
    );
    assert.equal(forbidden.details.status, 403);
  });
});
