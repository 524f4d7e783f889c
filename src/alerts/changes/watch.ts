import { createHash } from 'node:crypto';
import type { DirectoryAuditEntry } from '../../domain';
import type { Logger } from '../../logging';
import { advanceStream } from '../monitor/watermark';
import type { ConfigurationSnapshot, StreamCursor, Subscription } from '../types';
import type { AuditSource, AuditTenant, ChangeKnowledge, ChangeNotifier, WatchedConfiguration } from './auditSource';
import type { ChangeStore } from './changeStore';
import { classify, ClassifiedChange } from './classify';
import { describeConsequence } from './consequence';
import { deliverChange } from './deliverChange';
import { initiatorName, isBotsOwn } from './ownChanges';
import type { UndoTarget, WatchedChange } from './types';

export interface ChangeWatchDeps {
  audit: AuditSource;
  knowledge: ChangeKnowledge;
  changes: ChangeStore;
  notifier: ChangeNotifier;
  logger: Logger;
  now: () => Date;
  /** Audit-log requests per tenant per poll at most (the reports limit is shared with people and the log stream). */
  maxRequestsPerPoll: number;
  /** The home (source) tenant: a target's policy entry about it is about our configurations. */
  homeTenantId: string;
}

export interface ChangeWatchReport {
  auditRequests: number;
  auditEntries: number;
  /** Ids of the changes posted in this poll. */
  changes: string[];
  failedTenants: string[];
}

/** Audit cursors by tenant id. */
export type AuditCursors = Record<string, StreamCursor>;

/**
 * One poll of change watch: each tenant's audit log since its watermark (the first poll of a tenant reads no
 * history), the entries that touch cross-tenant sync and were not the bot's own doing, tied to configurations,
 * kept, and posted. A tenant that cannot be read keeps its watermark and is read again next poll.
 */
export async function watchChanges(
  deps: ChangeWatchDeps,
  input: {
    cursors: AuditCursors | undefined;
    snapshots: readonly ConfigurationSnapshot[];
    subscriptions: readonly Subscription[];
    stillLeader: () => boolean;
  },
): Promise<{ cursors: AuditCursors; report: ChangeWatchReport }> {
  const now = deps.now();
  const report: ChangeWatchReport = { auditRequests: 0, auditEntries: 0, changes: [], failedTenants: [] };
  const cursors: AuditCursors = {};
  let known: Promise<WatchedConfiguration[]> | undefined;
  const configurations = () => (known ??= deps.knowledge.configurations());
  for (const tenant of deps.audit.tenants()) {
    const cursor = input.cursors?.[tenant.tenantId];
    if (!cursor) {
      cursors[tenant.tenantId] = { watermark: now.toISOString(), boundaryIds: [] };
      continue;
    }
    let entries: DirectoryAuditEntry[];
    try {
      const read = await deps.audit.newEntries(tenant.tenantId, cursor, deps.maxRequestsPerPoll);
      report.auditRequests += read.requests;
      entries = read.entries;
    } catch (error) {
      deps.logger.warn({ err: error, tenant: tenant.tenantId }, 'change watch: the audit log could not be read');
      cursors[tenant.tenantId] = cursor;
      report.failedTenants.push(tenant.tenantId);
      continue;
    }
    report.auditEntries += entries.length;
    try {
      for (const entry of entries) await consider(entry, tenant);
    } catch (error) {
      if (!input.stillLeader()) throw error;
      // Read again next poll: a change already kept is not posted twice (record is create-only).
      deps.logger.warn({ err: error, tenant: tenant.tenantId }, 'change watch: audit entries could not be handled');
      cursors[tenant.tenantId] = cursor;
      report.failedTenants.push(tenant.tenantId);
      continue;
    }
    cursors[tenant.tenantId] = advanceStream(cursor, entries);
  }
  return { cursors, report };

  async function consider(entry: DirectoryAuditEntry, tenant: AuditTenant): Promise<void> {
    if (isBotsOwn(entry, tenant.bot)) return;
    const classified = classify(entry, tenant.side);
    if (!classified) return;
    const change = await toChange(deps, {
      entry,
      classified,
      tenant,
      now,
      snapshots: input.snapshots,
      configurations,
    });
    if (!change) return;
    if (!input.stillLeader()) throw new Error('leadership lost during the poll');
    if (await record(deps, change, input.subscriptions)) report.changes.push(change.id);
  }
}

/** Stores a change seen for the first time (a replayed poll finds it kept and posts nothing), then posts it. */
async function record(
  deps: ChangeWatchDeps,
  change: WatchedChange,
  subscriptions: readonly Subscription[],
): Promise<boolean> {
  let created = false;
  await deps.changes.update(change.id, (current) => {
    created = current === undefined;
    return current ? undefined : change;
  });
  if (!created) return false;
  const posts = await deliverChange(change, subscriptions, deps);
  if (Object.keys(posts).length > 0)
    await deps.changes.update(change.id, (c) => c && { ...c, posts: { ...c.posts, ...posts } });
  deps.logger.info(
    { change: change.id, kind: change.kind, configurations: change.configurations.map((c) => c.displayName) },
    change.breaksNextCycle ? 'change watch: breaking change seen' : 'change watch: change seen',
  );
  return true;
}

async function toChange(
  deps: ChangeWatchDeps,
  seen: {
    entry: DirectoryAuditEntry;
    classified: ClassifiedChange;
    tenant: AuditTenant;
    now: Date;
    snapshots: readonly ConfigurationSnapshot[];
    configurations: () => Promise<WatchedConfiguration[]>;
  },
): Promise<WatchedChange | undefined> {
  const { entry, classified, tenant, now } = seen;
  const touched = await touchedConfigurations(
    classified,
    tenant,
    deps.homeTenantId,
    seen.snapshots,
    seen.configurations,
  );
  if (touched.length === 0) return undefined;
  const who = initiatorName(entry);
  // A target is best named as the configurations know it (the credentials give only its id).
  const tenantName =
    tenant.side === 'target' ? (touched.find((c) => c.targetName)?.targetName ?? tenant.name) : tenant.name;
  const withJobs = touched.map((c) => ({
    ...c,
    job: seen.snapshots.find((s) => s.servicePrincipalId === c.servicePrincipalId)?.job,
  }));
  const principal = classified.principal;
  const leaving =
    classified.kind === 'scopeRemoved' && principal && !touched[0].allUsers
      ? await deps.knowledge.leavingAfterRemoval(touched[0].servicePrincipalId, principal).catch(() => undefined)
      : undefined;
  const undo: UndoTarget | undefined = principal
    ? classified.kind === 'scopeRemoved'
      ? { kind: 'addPrincipal', principal }
      : classified.kind === 'scopeAdded'
        ? { kind: 'removePrincipal', principal }
        : undefined
    : undefined;
  return {
    id: changeId(tenant.tenantId, entry.id),
    auditId: entry.id,
    side: tenant.side,
    tenantId: tenant.tenantId,
    tenantName,
    at: entry.activityDateTime,
    activity: entry.activityDisplayName,
    kind: classified.kind,
    who,
    what: classified.what,
    before: classified.before,
    after: classified.after,
    configurations: touched.map((c) => ({ servicePrincipalId: c.servicePrincipalId, displayName: c.displayName })),
    consequence: describeConsequence({
      change: classified,
      configurations: withJobs,
      who: who.displayName,
      tenantName,
      now,
      leaving,
    }),
    breaksNextCycle: classified.breaks,
    undo,
    state: 'open',
    posts: {},
    seenAt: now.toISOString(),
  };
}

/**
 * The configurations an entry touches: those whose service principal it names, or, for a partner policy entry,
 * those syncing between this tenant and the partner (a target's entry about the home tenant; the home tenant's
 * entry about a target).
 */
async function touchedConfigurations(
  change: ClassifiedChange,
  tenant: AuditTenant,
  homeTenantId: string,
  snapshots: readonly ConfigurationSnapshot[],
  configurations: () => Promise<WatchedConfiguration[]>,
): Promise<WatchedConfiguration[]> {
  if (change.servicePrincipalIds.length > 0 && tenant.side === 'source') {
    const ids = new Set(change.servicePrincipalIds);
    if (!snapshots.some((s) => ids.has(s.servicePrincipalId)) && change.kind !== 'configurationRemoved') return [];
    const all = await configurations();
    const found = all.filter((c) => ids.has(c.servicePrincipalId));
    if (found.length > 0) return found;
    // Deleted since: the monitor's snapshot still names it.
    return snapshots
      .filter((s) => ids.has(s.servicePrincipalId))
      .map((s) => ({ servicePrincipalId: s.servicePrincipalId, displayName: s.displayName }));
  }
  if (!change.partnerTenantId) return [];
  const partner = change.partnerTenantId.toLowerCase();
  const all = await configurations();
  if (tenant.side === 'target')
    return partner === homeTenantId.toLowerCase()
      ? all.filter((c) => c.targetTenantId?.toLowerCase() === tenant.tenantId.toLowerCase())
      : [];
  return all.filter((c) => c.targetTenantId?.toLowerCase() === partner);
}

function changeId(tenantId: string, auditId: string): string {
  return createHash('sha256').update(`${tenantId.toLowerCase()}|${auditId}`).digest('hex').slice(0, 24);
}
