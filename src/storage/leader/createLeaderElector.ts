import type { StorageSettings } from '../../config';
import type { Logger } from '../../logging';
import type { StorageRetryOptions } from '../blob/blobServiceClient';
import type { DurableStorage } from '../durableStorage';
import type { LeaderElector } from './leaderElector';
import { LocalLeader } from './localLeader';

/** The container that holds one lease blob per job, apart from the bot's state. */
export const LEASE_CONTAINER = 'leases';

export interface LeaderElectorSettings {
  storage: StorageSettings;
  /** The bot's storage; the SQLite elector keeps the job's cursor there. */
  store: DurableStorage;
  job: string;
  /** config.instanceId */
  instanceId: string;
  /** config.alerts.leaseSeconds */
  leaseSeconds: number;
  logger: Logger;
  blobRetry?: StorageRetryOptions;
}

/** One instance (SQLite) is always the leader; with Blob Storage the instances elect one through a lease. */
export function createLeaderElector<TCursor = unknown>(settings: LeaderElectorSettings): LeaderElector<TCursor> {
  const { storage, job, instanceId, leaseSeconds } = settings;
  const logger = settings.logger.child({ component: 'leader' });
  if (storage.backend === 'sqlite') return new LocalLeader<TCursor>(settings.store, job, instanceId);
  // Loaded only here: the Azure SDK costs a SQLite instance memory for nothing.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { createBlobServiceClient } =
    require('../blob/blobServiceClient') as typeof import('../blob/blobServiceClient');
  const { BlobLeaseLeader } = require('./blobLeaseLeader') as typeof import('./blobLeaseLeader');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const container = createBlobServiceClient(storage, settings.blobRetry).getContainerClient(LEASE_CONTAINER);
  return new BlobLeaseLeader<TCursor>({ container, job, instanceId, leaseSeconds, logger });
}
