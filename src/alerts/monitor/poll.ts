import { createHash } from 'node:crypto';
import type { Logger } from '../../logging';
import { detectAll } from '../detect';
import type { DigestStore } from '../digest/digestStore';
import { utcDay } from '../digest/digest';
import { groupBy } from '../groupBy';
import type { IncidentStore } from '../incidents/incidentStore';
import { IncidentUpdate, reconcile } from '../incidents/reconcile';
import type { Notifier } from '../notifier';
import type { AlertSettings } from '../settings';
import type { SubscriptionStore } from '../subscriptions/subscriptionStore';
import type { ProvisioningLogEntry } from '../../domain';
import type { ConfigurationCursor, ConfigurationSnapshot, Incident, MonitorCursor, Subscription } from '../types';
import { wants } from '../subscriptions/matches';
import { deliver } from './deliver';
import type { MonitorSource, StreamRead } from './source';
import { advance, advanceStream, fingerprint, newestOf, startOfStream } from './watermark';
import type { ChangeWatch } from './changeWatchPort';

export interface PollDeps {
  source: MonitorSource;
  incidents: IncidentStore;
  subscriptions: SubscriptionStore;
  digests: DigestStore;
  notifier: Notifier;
  settings: AlertSettings;
  logger: Logger;
  now: () => Date;
  /** Checked before every write: a monitor that lost its lease stops at once. */
  stillLeader: () => boolean;
  /** Reads the audit logs for changes made outside the bot (absent: no change watch). */
  changeWatch?: ChangeWatch;
}

export interface PollReport {
  ok: boolean;
  configurations: number;
  logsRead: number;
  entries: number;
  /** Configurations with new entries in this poll. */
  configurationsWithEntries: number;
  failedConfigurations: number;
  /** Change watch: audit-log requests and the outside changes posted in this poll. */
  auditRequests: number;
  auditEntries: number;
  outsideChanges: number;
  changes: Array<{ incident: string; kind: string; configuration: string; change: string }>;
  error?: unknown;
}

export const EMPTY_CURSOR: MonitorCursor = { version: 1, configurations: {} };

/**
 * One poll: read the status of every configuration and the tenant's log stream since its watermark (one read,
 * attributed to configurations by service principal), detect, reconcile with the stored incidents, deliver, and
 * return the advanced cursor. If Graph cannot be read nothing changes (no alert, no watermark moved).
 */
export async function pollOnce(
  deps: PollDeps,
  cursor: MonitorCursor,
): Promise<{ cursor: MonitorCursor; report: PollReport }> {
  const now = deps.now();
  const report: PollReport = {
    ok: false,
    configurations: 0,
    logsRead: 0,
    entries: 0,
    configurationsWithEntries: 0,
    failedConfigurations: 0,
    auditRequests: 0,
    auditEntries: 0,
    outsideChanges: 0,
    changes: [],
  };
  let configs: ConfigurationSnapshot[];
  try {
    configs = await deps.source.configurations();
  } catch (error) {
    deps.logger.warn({ err: error }, 'monitor: configurations could not be read; this poll changes nothing');
    return { cursor, report: { ...report, error } };
  }
  report.configurations = configs.length;
  const next: MonitorCursor = { ...cursor, configurations: { ...cursor.configurations } };
  const firstSeen = new Date(now.getTime() - deps.settings.pollSeconds * 1000);
  const stream = cursor.stream ?? startOfStream(cursor, now);
  let read: StreamRead = { entries: [], truncated: false, requests: 0 };
  try {
    // The very first poll reads no history: the stream starts now, and the next poll reads on from there.
    const firstPoll = !cursor.stream && Object.keys(cursor.configurations).length === 0;
    if (!firstPoll) read = await deps.source.newEntries(stream, deps.settings.maxLogRequestsPerPoll);
  } catch (error) {
    deps.logger.warn({ err: error }, 'monitor: provisioning logs could not be read; this poll changes nothing');
    return { cursor, report: { ...report, failedConfigurations: configs.length, error } };
  }
  report.logsRead = read.requests;
  report.entries = read.entries.length;
  next.stream = advanceStream(stream, read.entries);
  // Each entry belongs to the configuration whose service principal ran it; other apps' entries are not ours.
  const entriesOf = groupBy(read.entries, (e) => e.servicePrincipalId ?? '');
  const [stored, subscriptions] = await Promise.all([deps.incidents.all(), deps.subscriptions.active()]);
  // Changes first: a failure this poll detects can then point at the change that caused it.
  if (deps.changeWatch) {
    const watched = await deps.changeWatch.poll({
      cursors: cursor.audit,
      snapshots: configs,
      subscriptions,
      stillLeader: deps.stillLeader,
    });
    next.audit = watched.cursors;
    report.auditRequests = watched.report.auditRequests;
    report.auditEntries = watched.report.auditEntries;
    report.outsideChanges = watched.report.changes.length;
  }
  const byConfiguration = groupBy(stored, (i) => i.servicePrincipalId);
  const forDigest: Array<{ servicePrincipalId: string; displayName: string; entries: ProvisioningLogEntry[] }> = [];

  for (const config of configs) {
    const id = config.servicePrincipalId;
    const known: ConfigurationCursor | undefined = cursor.configurations[id];
    const entries = entriesOf.get(id) ?? [];
    if (entries.length > 0) report.configurationsWithEntries++;
    forDigest.push({ servicePrincipalId: id, displayName: config.displayName, entries });
    const print = fingerprint(config.job);
    const ranSinceLastPoll = known?.fingerprint !== undefined && known.fingerprint !== print;
    const findings = detectAll({ config, entries, now, settings: deps.settings });
    const updates = reconcile({
      config,
      findings,
      known: new Map((byConfiguration.get(id) ?? []).map((i) => [i.id, i])),
      ranSinceLastPoll,
      evidenceThrough: newestOf(entries),
      now,
      settings: deps.settings,
    });
    for (const update of updates) {
      if (!deps.stillLeader()) throw new Error('leadership lost during the poll');
      if (update.change === 'opened' && deps.changeWatch)
        update.incident = await deps.changeWatch.linkCause(update.incident, now);
      await apply(update, subscriptions, deps);
      report.changes.push({
        incident: update.incident.id,
        kind: update.incident.kind,
        configuration: config.displayName,
        change: update.change,
      });
    }
    await catchUp(byConfiguration.get(id) ?? [], updates, subscriptions, deps, now);
    const base: ConfigurationCursor = known?.watermark
      ? known
      : { watermark: firstSeen.toISOString(), boundaryIds: [] };
    const { active: _active, ...advanced } = advance(base, entries);
    next.configurations[id] = { ...advanced, boundaryIds: [], fingerprint: print };
  }
  // Configurations that no longer exist are forgotten.
  for (const id of Object.keys(next.configurations))
    if (!configs.some((c) => c.servicePrincipalId === id)) delete next.configurations[id];
  await deps.digests.add(utcDay(now), pollId(cursor), forDigest);
  report.ok = true;
  return { cursor: next, report };
}

/** Stores the incident first (so a crash never loses it), delivers, then keeps the posted ids. */
async function apply(update: IncidentUpdate, subscriptions: Subscription[], deps: PollDeps): Promise<void> {
  const computed = update.incident;
  const saved =
    update.change === 'unchanged'
      ? computed
      : await deps.incidents.update(computed.id, (current) => keepPeopleChanges(computed, current, update.change));
  const incident = saved ?? computed;
  const posted = await deliver({ ...update, incident }, subscriptions, {
    notifier: deps.notifier,
    subscriptions: deps.subscriptions,
    logger: deps.logger,
    now: deps.now,
  });
  if (Object.keys(posted).length === 0) return;
  await deps.incidents.update(computed.id, (current) =>
    current ? { ...current, posts: { ...current.posts, ...posted } } : undefined,
  );
}

/** Open, unsnoozed incidents that did not change are posted to conversations that subscribed since (and only there). */
async function catchUp(
  known: Incident[],
  updates: IncidentUpdate[],
  subscriptions: Subscription[],
  deps: PollDeps,
  now: Date,
): Promise<void> {
  for (const incident of known) {
    if (incident.state !== 'open' || updates.some((u) => u.incident.id === incident.id)) continue;
    if (incident.snoozedUntil && Date.parse(incident.snoozedUntil) > now.getTime()) continue;
    const missing = subscriptions.filter((s) => !incident.posts[s.id] && wants(s, incident));
    if (missing.length === 0) continue;
    await apply({ incident, change: 'unchanged', notify: false }, missing, deps);
  }
}

/**
 * The monitor computed from a snapshot; people may have acknowledged or snoozed since. Their
 * changes win, except a snooze the monitor ended (the incident got worse or the time ran out).
 */
function keepPeopleChanges(computed: Incident, current: Incident | undefined, change: string): Incident {
  if (!current || current.series !== computed.series) return computed;
  const snoozeEnded = change === 'worse' || change === 'snoozeEnded';
  return {
    ...computed,
    acknowledgedBy: current.acknowledgedBy,
    posts: { ...computed.posts, ...current.posts },
    ...(snoozeEnded
      ? {}
      : {
          snoozedUntil: current.snoozedUntil,
          snoozedBy: current.snoozedBy,
          snoozedAtSeverity: current.snoozedAtSeverity,
        }),
  };
}

/**
 * The same starting cursor gives the same id: a poll replayed after a lost lease is not counted twice in the digest.
 */
function pollId(cursor: MonitorCursor): string {
  return createHash('sha256')
    .update(JSON.stringify([cursor.configurations, cursor.stream]))
    .digest('hex')
    .slice(0, 16);
}
