import { BlobLeaseClient, BlockBlobClient, ContainerClient } from '@azure/storage-blob';
import { CodedError, ErrorCode } from '../../errors';
import type { Logger } from '../../logging';
import { blobUnavailable, restFailure } from '../blob/blobErrors';
import { blobNameOf } from '../blob/blobNames';
import { endpointOf } from '../blob/blobServiceClient';
import { readAll } from '../blob/readAll';
import { JobRecord, LeaderElector } from './leaderElector';
import { leaseIdFor } from './leaseId';
import { notLeader } from './notLeader';

export interface BlobLeaseLeaderOptions {
  /** The "leases" container; one blob per job holds the lease and the job's cursor. */
  container: ContainerClient;
  job: string;
  instanceId: string;
  /** 15 to 60 seconds, the range the service accepts (ALERT_LEASE_SECONDS). */
  leaseSeconds: number;
  /** Stop acting this long before the lease could run out. Default: a fifth of the lease, at least 2 s. */
  marginSeconds?: number;
  /** Default: a third of the lease, so two renewals can fail before the lease runs out. */
  renewEveryMs?: number;
  now?: () => number;
  logger: Logger;
}

/**
 * Leadership across instances through a blob lease (the mechanism of Azure WebJobs singletons).
 * Renewed every lease/3; this instance acts only while now < lastRenewOk + lease - margin,
 * where lastRenewOk is when the last successful renewal was *sent* (the service started the
 * lease later than that, so the local deadline is never later than the real one). A crashed
 * leader's lease expires and the next contender takes it; stop() releases it at once. The
 * cursor is written with the lease id, so the service refuses a deposed leader's write.
 * Owned because no kept library elects a leader over a blob lease with a fenced cursor for Node.
 */
export class BlobLeaseLeader<TCursor = unknown> implements LeaderElector<TCursor> {
  readonly job: string;
  private readonly blob: BlockBlobClient;
  private readonly lease: BlobLeaseClient;
  private readonly leaseMs: number;
  private readonly marginMs: number;
  private readonly renewEveryMs: number;
  private readonly now: () => number;
  private readonly logger: Logger;
  private held = false;
  private lastRenewOk = Number.NEGATIVE_INFINITY;
  private blobReady = false;
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private tickInFlight: Promise<void> = Promise.resolve();

  constructor(private readonly options: BlobLeaseLeaderOptions) {
    const { leaseSeconds } = options;
    if (!Number.isInteger(leaseSeconds) || leaseSeconds < 15 || leaseSeconds > 60) {
      throw new CodedError(
        ErrorCode.BotMisconfigured,
        `ALERT_LEASE_SECONDS must be a whole number from 15 to 60 (got ${leaseSeconds}); Azure blob leases allow no ` +
          `other length.`,
      );
    }
    this.job = options.job;
    this.blob = options.container.getBlockBlobClient(blobNameOf(options.job));
    this.lease = this.blob.getBlobLeaseClient(leaseIdFor(options.instanceId));
    this.leaseMs = leaseSeconds * 1000;
    this.marginMs = (options.marginSeconds ?? Math.max(2, leaseSeconds / 5)) * 1000;
    this.renewEveryMs = options.renewEveryMs ?? this.leaseMs / 3;
    this.now = options.now ?? Date.now;
    this.logger = options.logger.child({
      job: options.job,
      instanceId: options.instanceId,
      leaseId: this.lease.leaseId,
    });
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.options.container.createIfNotExists();
    } catch (error) {
      this.logger.warn({ err: error }, 'Lease container not reachable yet; will keep trying');
    }
    await this.runTick();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.tickInFlight;
    if (!this.held) return;
    this.held = false;
    try {
      await this.lease.releaseLease();
      this.logger.info('Released leadership');
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not release the lease; it will expire on its own');
    }
  }

  isLeader(): boolean {
    return this.held && this.now() < this.lastRenewOk + this.leaseMs - this.marginMs;
  }

  async readCursor(): Promise<TCursor | undefined> {
    try {
      const response = await this.blob.download();
      const text = await readAll(response.readableStreamBody);
      return text ? (JSON.parse(text) as JobRecord<TCursor>).cursor : undefined;
    } catch (error) {
      if (restFailure(error).statusCode === 404) return undefined;
      throw blobUnavailable(error, endpointOf(this.blob), `read the cursor of job "${this.job}"`);
    }
  }

  async writeFenced(cursor: TCursor): Promise<void> {
    if (!this.isLeader()) throw notLeader(this.job, this.options.instanceId);
    const record: JobRecord<TCursor> = {
      cursor,
      writtenBy: this.options.instanceId,
      writtenAt: new Date(this.now()).toISOString(),
    };
    const body = JSON.stringify(record);
    try {
      await this.blob.upload(body, Buffer.byteLength(body), { conditions: { leaseId: this.lease.leaseId } });
    } catch (error) {
      const { statusCode } = restFailure(error);
      // 412 LeaseIdMismatchWithBlobOperation / LeaseIdMissing / LeaseLost: someone else holds the job now.
      if (statusCode === 412 || statusCode === 409) {
        this.lose('the service refused a fenced write');
        throw notLeader(this.job, this.options.instanceId, error);
      }
      throw blobUnavailable(error, endpointOf(this.blob), `write the cursor of job "${this.job}"`);
    }
  }

  private runTick(): Promise<void> {
    this.tickInFlight = this.tick().finally(() => {
      if (this.running) this.timer = setTimeout(() => void this.runTick(), this.renewEveryMs).unref();
    });
    return this.tickInFlight;
  }

  private async tick(): Promise<void> {
    const sentAt = this.now();
    try {
      if (this.held) {
        await this.lease.renewLease();
      } else {
        await this.ensureBlob();
        await this.lease.acquireLease(this.leaseMs / 1000);
        this.held = true;
        this.logger.info('Became leader');
      }
      this.lastRenewOk = sentAt;
    } catch (error) {
      const { statusCode, code } = restFailure(error);
      if (statusCode === 409 && this.held) this.lose(`renewal refused (${code})`);
      else if (statusCode === 409) this.logger.debug({ code }, 'Another instance leads');
      else
        this.logger.warn(
          { err: error, status: statusCode, code },
          'Lease request failed; leadership ends when the lease would run out',
        );
    }
  }

  /** The lease needs a blob to exist; create-only, so a cursor already there is never reset. */
  private async ensureBlob(): Promise<void> {
    if (this.blobReady) return;
    try {
      await this.blob.upload('{}', 2, { conditions: { ifNoneMatch: '*' } });
    } catch (error) {
      const { statusCode } = restFailure(error);
      if (statusCode !== 409 && statusCode !== 412) throw error;
    }
    this.blobReady = true;
  }

  private lose(reason: string): void {
    if (this.held) this.logger.warn({ reason }, 'Lost leadership');
    this.held = false;
  }
}
