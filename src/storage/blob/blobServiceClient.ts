import { DefaultAzureCredential } from '@azure/identity';
import { BlobServiceClient, StoragePipelineOptions } from '@azure/storage-blob';
import { storageUnavailable } from '../storageErrors';

export type StorageRetryOptions = NonNullable<StoragePipelineOptions['retryOptions']>;

/**
 * The SDK's default waits up to two minutes on a dead endpoint; a turn cannot wait that long,
 * so retry briefly and let the caller see StorageUnavailable.
 */
export const DEFAULT_BLOB_RETRY: StorageRetryOptions = {
  maxTries: 4,
  retryDelayInMs: 300,
  maxRetryDelayInMs: 4000,
  tryTimeoutInMs: 30_000,
};

export interface BlobConnection {
  /** Takes precedence; Azurite and account-key deployments use it. */
  connectionString?: string;
  /** With a managed identity (or a developer's az login) through DefaultAzureCredential. */
  accountUrl?: string;
}

export function createBlobServiceClient(
  connection: BlobConnection,
  retryOptions: StorageRetryOptions = DEFAULT_BLOB_RETRY,
): BlobServiceClient {
  const options: StoragePipelineOptions = { retryOptions };
  if (connection.connectionString) return BlobServiceClient.fromConnectionString(connection.connectionString, options);
  if (connection.accountUrl) return new BlobServiceClient(connection.accountUrl, new DefaultAzureCredential(), options);
  throw storageUnavailable('Blob storage needs AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_ACCOUNT_URL.');
}

/** The endpoint for messages and logs: no query string, so a SAS token never leaks. */
export function endpointOf(client: { url: string }): string {
  const url = new URL(client.url);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
