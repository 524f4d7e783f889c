import { BlobServiceClient, ContainerClient } from '@azure/storage-blob';
import type { Logger } from '../../logging';
import { createByWrite, DurableStorage, IF_ABSENT, StoreItem, StoreItems, withoutETag } from '../durableStorage';
import { storageConflict, storageUnavailable } from '../storageErrors';
import { assertValidKey } from '../storageKeys';
import { blobUnavailable, restFailure } from './blobErrors';
import { blobNameOf, keyOfBlobName } from './blobNames';
import { endpointOf } from './blobServiceClient';
import { mapWithLimit } from './mapWithLimit';
import { readAll } from './readAll';

/** Parallel requests per call: enough to list a few hundred approvals quickly, few enough to stay polite. */
const PARALLEL_REQUESTS = 16;

/**
 * The scale-out back end: one blob per key in one container, eTags enforced by the service
 * (If-Match, If-None-Match: *). Unlike SQLite, a write of several keys is not atomic: each key
 * succeeds or conflicts on its own, and the first failure is reported after all have settled.
 */
export class BlobStorage implements DurableStorage {
  private closed = false;

  private constructor(
    private readonly container: ContainerClient,
    readonly endpoint: string,
    private readonly logger: Logger,
  ) {}

  /** Connects and creates the container when it is missing, so a wrong setting fails at start-up. */
  static async open(service: BlobServiceClient, containerName: string, logger: Logger): Promise<BlobStorage> {
    const container = service.getContainerClient(containerName);
    const storage = new BlobStorage(container, endpointOf(container), logger);
    try {
      await container.createIfNotExists();
    } catch (error) {
      throw blobUnavailable(error, storage.endpoint, 'create the container');
    }
    logger.info({ endpoint: storage.endpoint }, 'Blob storage opened');
    return storage;
  }

  async read(keys: string[]): Promise<StoreItems> {
    this.assertOpen();
    keys.forEach(assertValidKey);
    const items: StoreItems = {};
    await mapWithLimit(keys, PARALLEL_REQUESTS, async (key) => {
      try {
        // One GET returns body and eTag together, so the two always belong to the same version.
        const response = await this.container.getBlobClient(blobNameOf(key)).download();
        const body = await readAll(response.readableStreamBody);
        items[key] = { ...JSON.parse(body), eTag: response.etag };
      } catch (error) {
        if (restFailure(error).statusCode === 404 && restFailure(error).code !== 'ContainerNotFound') return;
        throw this.failed(error, `read "${key}"`);
      }
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    this.assertOpen();
    const entries = Object.entries(changes ?? {});
    entries.forEach(([key]) => assertValidKey(key));
    await mapWithLimit(entries, PARALLEL_REQUESTS, ([key, item]) => this.writeOne(key, item as StoreItem));
  }

  async delete(keys: string[]): Promise<void> {
    this.assertOpen();
    keys.forEach(assertValidKey);
    await mapWithLimit(keys, PARALLEL_REQUESTS, async (key) => {
      try {
        await this.container.getBlobClient(blobNameOf(key)).deleteIfExists();
      } catch (error) {
        throw this.failed(error, `delete "${key}"`);
      }
    });
  }

  createIfAbsent(key: string, value: StoreItem): Promise<boolean> {
    return createByWrite(this, key, value);
  }

  async listKeys(prefix: string): Promise<string[]> {
    this.assertOpen();
    const keys: string[] = [];
    try {
      for await (const blob of this.container.listBlobsFlat({ prefix: blobNameOf(prefix) }))
        keys.push(keyOfBlobName(blob.name));
    } catch (error) {
      throw this.failed(error, `list keys starting with "${prefix}"`);
    }
    return keys.sort();
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private async writeOne(key: string, item: StoreItem): Promise<void> {
    const body = JSON.stringify(withoutETag(item));
    const eTag = item.eTag;
    const conditions =
      eTag === undefined || eTag === '*' ? {} : eTag === IF_ABSENT ? { ifNoneMatch: '*' } : { ifMatch: eTag };
    try {
      await this.container.getBlockBlobClient(blobNameOf(key)).upload(body, Buffer.byteLength(body), {
        conditions,
        blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
      });
    } catch (error) {
      const { statusCode, code } = restFailure(error);
      // 412: If-Match failed (also on a missing blob); 409 BlobAlreadyExists: If-None-Match failed.
      if (statusCode === 412 || (statusCode === 409 && code === 'BlobAlreadyExists')) throw storageConflict(key, error);
      throw this.failed(error, `write "${key}"`);
    }
  }

  private failed(error: unknown, action: string): Error {
    const coded = blobUnavailable(error, this.endpoint, action);
    this.logger.error({ err: error, endpoint: this.endpoint, status: coded.details.status }, 'Blob storage failed');
    return coded;
  }

  private assertOpen(): void {
    if (this.closed) throw storageUnavailable(`Blob storage at ${this.endpoint} was closed.`);
  }
}
