import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { silentLogger } from '../../../src/logging';
import { createStorage } from '../../../src/storage/createStorage';
import type { DurableStorage } from '../../../src/storage/durableStorage';
import { startAzurite, useAzurite } from '../../support/azurite';

export type BackendName = 'sqlite' | 'blob';

/** One back end under test: several independent handles on the same store, like several instances. */
export interface Backend {
  name: BackendName;
  /** A new handle (own connection or client) on the shared store. */
  open(): Promise<DurableStorage>;
  /** A handle whose store has gone away after it was opened. */
  openThenLose(): Promise<DurableStorage>;
}

/** Fast failure on a dead endpoint; tests check what is reported, not how long retries take. */
const QUICK_RETRY = { maxTries: 2, retryDelayInMs: 50, maxRetryDelayInMs: 100, tryTimeoutInMs: 10_000 };

/** Registers mocha hooks for the back end in the enclosing describe block. */
export function useBackend(name: BackendName): Backend {
  const opened: DurableStorage[] = [];
  const track = (storage: DurableStorage): DurableStorage => (opened.push(storage), storage);
  after(async () => {
    await Promise.all(opened.map((s) => s.close()));
  });
  return name === 'sqlite' ? sqliteBackend(track) : blobBackend(track);
}

function sqliteBackend(track: (s: DurableStorage) => DurableStorage): Backend {
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-sqlite-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const open = async (): Promise<DurableStorage> =>
    track(await createStorage({ backend: 'sqlite', file: path.join(dir, 'bot.sqlite') }, silentLogger()));
  return {
    name: 'sqlite',
    open,
    openThenLose: async () => {
      const storage = await open();
      await storage.close();
      return storage;
    },
  };
}

function blobBackend(track: (s: DurableStorage) => DurableStorage): Backend {
  const azurite = useAzurite();
  const container = `conformance-${process.pid}`;
  const open = async (connectionString: string): Promise<DurableStorage> =>
    track(
      await createStorage({ backend: 'blob', connectionString, container }, silentLogger(), { blobRetry: QUICK_RETRY }),
    );
  return {
    name: 'blob',
    open: () => open(azurite.current().connectionString),
    openThenLose: async () => {
      const doomed = await startAzurite();
      try {
        return await open(doomed.connectionString);
      } finally {
        await doomed.stop();
      }
    },
  };
}
