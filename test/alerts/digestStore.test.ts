import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DigestStore } from '../../src/alerts/digest/digestStore';
import { SqliteStorage } from '../../src/storage/sqlite/sqliteStorage';
import type { ProvisioningLogEntry } from '../../src/domain';
import { captureLogs } from '../support/logs';

const entry = (
  id: string,
  activityDateTime: string,
  over: Partial<ProvisioningLogEntry> = {},
): ProvisioningLogEntry => ({
  id,
  activityDateTime,
  action: 'create',
  status: 'success',
  steps: [],
  modifiedProperties: [],
  ...over,
});

describe('digest store (SQLite)', () => {
  let storage: SqliteStorage;
  let digests: DigestStore;

  beforeEach(() => {
    storage = SqliteStorage.open(
      path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'digest-')), 'bot.sqlite'),
      captureLogs('silent').logger,
    );
    digests = new DigestStore(storage);
  });
  afterEach(async () => storage.close());

  it(
    'counts an entry on the day it happened, so the first poll after midnight completes ' + "yesterday's numbers",
    async () => {
      await digests.add('2026-03-02', 'poll-1', [
        {
          servicePrincipalId: 'sp-a',
          displayName: 'Contoso A',
          entries: [
            entry('1', '2026-03-01T23:59:40Z'),
            entry('2', '2026-03-01T23:59:50Z', {
              status: 'failure',
              error: { code: 'AzureActiveDirectoryQuotaLimitExceeded' },
            }),
            entry('3', '2026-03-02T00:00:10Z', { action: 'update' }),
            entry('4', 'not a time', { action: 'delete' }),
          ],
        },
      ]);
      const [yesterday] = (await digests.get('2026-03-01')).configurations;
      assert.deepEqual([yesterday.created, yesterday.failed, yesterday.updated], [1, 1, 0]);
      assert.deepEqual(yesterday.topErrors, [{ code: 'AzureActiveDirectoryQuotaLimitExceeded', count: 1 }]);
      const [today] = (await digests.get('2026-03-02')).configurations;
      assert.deepEqual(
        [today.created, today.updated, today.deleted],
        [0, 1, 1],
        'an entry without a readable time counts on the poll day',
      );
    },
  );

  it('counts a replayed poll once on every day it touched', async () => {
    const polled = [
      {
        servicePrincipalId: 'sp-a',
        displayName: 'Contoso A',
        entries: [entry('1', '2026-03-01T23:59:40Z'), entry('2', '2026-03-02T00:00:10Z')],
      },
    ];
    await digests.add('2026-03-02', 'poll-1', polled);
    await digests.add('2026-03-02', 'poll-1', polled);
    assert.equal((await digests.get('2026-03-01')).configurations[0].created, 1);
    assert.equal((await digests.get('2026-03-02')).configurations[0].created, 1);
  });
});
