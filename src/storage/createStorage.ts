import type { StorageSettings } from '../config';
import type { Logger } from '../logging';
import type { StorageRetryOptions } from './blob/blobServiceClient';
import type { DurableStorage } from './durableStorage';
import { SqliteStorage } from './sqlite/sqliteStorage';

export interface StorageOptions {
  /** Blob back end only: how often and how long to retry a failed request. */
  blobRetry?: StorageRetryOptions;
}

/**
 * The back end chosen by configuration (STORAGE_BACKEND): SQLite under DATA_DIR for one
 * instance, Azure Blob Storage for several. Opens it now so a wrong setting stops start-up
 * with StorageUnavailable instead of failing the first turn.
 */
export async function createStorage(
  settings: StorageSettings,
  logger: Logger,
  options: StorageOptions = {},
): Promise<DurableStorage> {
  const log = logger.child({ component: 'storage', backend: settings.backend });
  if (settings.backend === 'sqlite') return SqliteStorage.open(settings.file, log);
  // Loaded only here: the Azure SDK costs a SQLite instance memory for nothing.
  const { createBlobServiceClient } = await import('./blob/blobServiceClient');
  const { BlobStorage } = await import('./blob/blobStorage');
  const service = createBlobServiceClient(settings, options.blobRetry);
  return BlobStorage.open(service, settings.container, log);
}
