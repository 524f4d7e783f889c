import type { Logger } from '../logging';
import { type ApprovalRequest, OPEN_STATUSES } from './model';
import { type ApprovalPolicy, DEFAULT_RETENTION_DAYS, isPastTtl } from './policy';
import type { ApprovalStore } from './store';

/**
 * Storage cleanup: drafts past the TTL, and closed requests (with their apply markers) older than the retention.
 * Open requests are never deleted. Returns how many items went.
 */
export async function purgeExpired(
  store: ApprovalStore,
  requests: readonly ApprovalRequest[],
  policy: ApprovalPolicy,
  now: Date,
  log: Logger,
): Promise<number> {
  const retentionMs = (policy.retentionDays ?? DEFAULT_RETENTION_DAYS) * 86_400_000;
  const drafts = (await store.listDrafts()).filter((d) => isPastTtl(d.createdAt, policy, now));
  const closed = requests.filter(
    (r) => !OPEN_STATUSES.includes(r.status) && now.getTime() - Date.parse(r.createdAt) >= retentionMs,
  );
  const gone = await store.remove(
    drafts.map((d) => d.id),
    closed,
  );
  if (gone > 0) log.info({ drafts: drafts.length, requests: closed.length }, 'expired approval items deleted');
  return gone;
}
