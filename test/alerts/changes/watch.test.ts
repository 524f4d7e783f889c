import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AuditSource, ChangeNotifier } from '../../../src/alerts/changes/auditSource';
import { ChangeStore } from '../../../src/alerts/changes/changeStore';
import { createChangeWatch } from '../../../src/alerts/changes/changeWatch';
import type { WatchedChange } from '../../../src/alerts/changes/types';
import type { AuditCursors } from '../../../src/alerts/changes/watch';
import type { ConfigurationSnapshot, Incident, Subscription } from '../../../src/alerts/types';
import type { DirectoryAuditEntry } from '../../../src/domain';
import { SqliteStorage } from '../../../src/storage/sqlite/sqliteStorage';
import { captureLogs, CapturedLogs } from '../../support/logs';
import { groupRemoved, inboundRedemptionOff, otherAppChange, SOURCE_TENANT, TARGET_TENANT } from './auditEntries';

const BOT_APP = 'b0b0b0b0-0000-4000-8000-000000000001';
const NOW = new Date('2026-03-02T10:00:05.000Z');

const snapshots: ConfigurationSnapshot[] = [
  {
    servicePrincipalId: 'sp-a',
    displayName: 'Contoso A',
    job: job('2026-03-02T09:50:00Z'),
  },
  {
    servicePrincipalId: 'sp-b',
    displayName: 'Contoso B',
    // Began 17 minutes ago, every 40 minutes: the next cycle is in about 23 minutes.
    job: job('2026-03-02T09:43:05Z'),
  },
];

function job(timeBegan: string): ConfigurationSnapshot['job'] {
  return {
    id: 'Azure2Azure.1',
    templateId: 'Azure2Azure',
    scheduleState: 'Active',
    interval: 'PT40M',
    status: 'Active',
    countSuccessiveCompleteFailures: 0,
    lastExecution: { state: 'Succeeded', timeBegan, countImported: 0, countExported: 0, countEscrowed: 0 },
  };
}

const subscription = (id: string, filter: Partial<Subscription['filter']> = {}): Subscription => ({
  id,
  reference: { conversation: { id } },
  filter: { quarantineOnly: false, ...filter },
  alerts: true,
  digest: false,
  createdBy: { id: 'u1', displayName: 'Alex Wilber' },
  createdAt: NOW.toISOString(),
});

class FakeAudit implements AuditSource {
  readonly logs = new Map<string, DirectoryAuditEntry[]>([
    [SOURCE_TENANT, []],
    [TARGET_TENANT, []],
  ]);
  requests = 0;
  failing = new Set<string>();
  tenants() {
    return [
      { tenantId: SOURCE_TENANT, side: 'source' as const, name: 'Contoso', bot: { appIds: [BOT_APP] } },
      { tenantId: TARGET_TENANT, side: 'target' as const, name: 'Northwind', bot: { appIds: [BOT_APP] } },
    ];
  }
  async newEntries(tenantId: string, cursor: { watermark: string; boundaryIds: string[] }) {
    this.requests++;
    if (this.failing.has(tenantId)) throw new Error('Graph answered 503');
    const entries = (this.logs.get(tenantId) ?? []).filter(
      (e) => Date.parse(e.activityDateTime) >= Date.parse(cursor.watermark) && !cursor.boundaryIds.includes(e.id),
    );
    return { entries, truncated: false, requests: 1 };
  }
}

class RecordingChanges implements ChangeNotifier {
  readonly posted: Array<{ subscription: string; change: WatchedChange }> = [];
  async postChange(subscription: Subscription, change: WatchedChange) {
    this.posted.push({ subscription: subscription.id, change: structuredClone(change) });
    return `activity-${this.posted.length}`;
  }
  async updateChange() {}
}

describe('change watch (audit log → change cards)', () => {
  let storage: SqliteStorage;
  let logs: CapturedLogs;
  let audit: FakeAudit;
  let notifier: RecordingChanges;
  let changes: ChangeStore;
  let knowledgeReads: number;
  let listingFails: boolean;

  const watch = () =>
    createChangeWatch({
      audit,
      knowledge: {
        configurations: async () => {
          knowledgeReads++;
          if (listingFails) throw new Error('Graph answered 503');
          return [
            {
              servicePrincipalId: 'sp-a',
              displayName: 'Contoso A',
              targetTenantId: 'fabrikam-id',
              targetName: 'Fabrikam',
            },
            {
              servicePrincipalId: 'sp-b',
              displayName: 'Contoso B',
              targetTenantId: TARGET_TENANT,
              targetName: 'Northwind',
            },
          ];
        },
        leavingAfterRemoval: async () => 23,
      },
      changes,
      notifier,
      logger: logs.logger,
      now: () => NOW,
      maxRequestsPerPoll: 1,
      homeTenantId: SOURCE_TENANT,
    });
  const poll = (cursors: AuditCursors | undefined, subscriptions = [subscription('channel-1')]) =>
    watch().poll({ cursors, snapshots, subscriptions, stillLeader: () => true });
  const started: AuditCursors = {
    [SOURCE_TENANT]: { watermark: '2026-03-02T09:59:00.000Z', boundaryIds: [] },
    [TARGET_TENANT]: { watermark: '2026-03-02T09:59:00.000Z', boundaryIds: [] },
  };

  beforeEach(() => {
    logs = captureLogs('debug');
    storage = SqliteStorage.open(
      path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'changes-')), 'bot.sqlite'),
      logs.logger,
    );
    changes = new ChangeStore(storage);
    audit = new FakeAudit();
    notifier = new RecordingChanges();
    knowledgeReads = 0;
    listingFails = false;
  });
  afterEach(async () => storage.close());

  it('starts each tenant at now on the first poll: no history is posted', async () => {
    audit.logs.get(TARGET_TENANT)!.push(inboundRedemptionOff());
    const { cursors, report } = await poll(undefined);
    assert.equal(report.auditRequests, 0);
    assert.equal(notifier.posted.length, 0);
    assert.equal(cursors[TARGET_TENANT].watermark, NOW.toISOString());
  });

  it('warns before the next cycle when a target admin turns off inbound automatic redemption', async () => {
    audit.logs.get(TARGET_TENANT)!.push(inboundRedemptionOff());
    const { cursors, report } = await poll(started);
    assert.equal(report.auditRequests, 2, 'one request per tenant');
    assert.equal(notifier.posted.length, 1);
    const { change } = notifier.posted[0];
    assert.equal(change.breaksNextCycle, true);
    assert.equal(change.who.displayName, 'Megan Bowen');
    assert.equal(change.what, 'inbound automatic redemption');
    assert.deepEqual([change.before, change.after], ['on', 'off']);
    assert.deepEqual(
      change.configurations.map((c) => c.displayName),
      ['Contoso B'],
    );
    assert.equal(
      change.consequence,
      'Contoso B will fail at its next cycle, in about 23 minutes: Megan Bowen turned off inbound automatic ' +
        'redemption in Northwind.',
    );
    assert.equal(cursors[TARGET_TENANT].watermark, '2026-03-02T10:00:00.000Z');
    assert.equal(logs.find('breaking change seen').length, 1);

    // The same cursor again (a poll replayed after a lost lease): kept once, posted once.
    await poll(started);
    assert.equal(notifier.posted.length, 1);
    // The next poll reads on after the watermark: the entry is not read again.
    await poll(cursors);
    assert.equal(notifier.posted.length, 1);
  });

  it("leaves out the bot's own changes: its app, or a person acting through the bot", async () => {
    audit.logs
      .get(TARGET_TENANT)!
      .push(
        inboundRedemptionOff({ id: 'own-1', initiatedBy: { kind: 'app', appId: BOT_APP, displayName: 'Sync Bot' } }),
        inboundRedemptionOff({ id: 'own-2', details: { AppId: BOT_APP } }),
      );
    const { report } = await poll(started);
    assert.equal(report.changes.length, 0);
    assert.equal(notifier.posted.length, 0);
  });

  it('says who removed a group and how many users are soft-deleted, and offers the assignment back', async () => {
    audit.logs.get(SOURCE_TENANT)!.push(groupRemoved('sp-a'));
    await poll(started);
    const { change } = notifier.posted[0];
    assert.equal(change.who.displayName, 'Alex Wilber');
    assert.equal(change.kind, 'scopeRemoved');
    assert.equal(change.breaksNextCycle, false);
    assert.match(
      change.consequence,
      /^Removing Sales from Contoso A soft-deletes 23 users in Fabrikam at the next cycle/,
    );
    assert.deepEqual(change.undo, {
      kind: 'addPrincipal',
      principal: { id: 'g-sales', type: 'Group', displayName: 'Sales' },
    });
    assert.equal((await changes.ofConfiguration('sp-a')).length, 1, 'kept for the timeline');
  });

  it('reads no configuration listing for a poll of unrelated audit entries', async () => {
    audit.logs.get(SOURCE_TENANT)!.push(...Array.from({ length: 1000 }, (_, i) => otherAppChange(i)));
    const { report } = await poll(started);
    assert.equal(report.auditEntries, 1000);
    assert.equal(report.changes.length, 0);
    assert.equal(knowledgeReads, 0);
  });

  it('posts only where the subscription wants the configuration, and never to quarantine-only ones', async () => {
    audit.logs.get(TARGET_TENANT)!.push(inboundRedemptionOff());
    await poll(started, [
      subscription('for-a', { configuration: { servicePrincipalId: 'sp-a', displayName: 'Contoso A' } }),
      subscription('quarantine', { quarantineOnly: true }),
      subscription('for-b', { configuration: { servicePrincipalId: 'sp-b', displayName: 'Contoso B' } }),
    ]);
    assert.deepEqual(
      notifier.posted.map((p) => p.subscription),
      ['for-b'],
    );
  });

  it('keeps the watermark of a tenant whose audit log cannot be read, and logs why', async () => {
    audit.failing.add(TARGET_TENANT);
    audit.logs.get(TARGET_TENANT)!.push(inboundRedemptionOff());
    const { cursors, report } = await poll(started);
    assert.deepEqual(report.failedTenants, [TARGET_TENANT]);
    assert.deepEqual(cursors[TARGET_TENANT], started[TARGET_TENANT]);
    assert.equal(logs.find('audit log could not be read').length, 1);
  });

  it('keeps the watermark when configurations cannot be listed, and posts the change next poll', async () => {
    audit.logs.get(TARGET_TENANT)!.push(inboundRedemptionOff());
    listingFails = true;
    const failed = await poll(started);
    assert.deepEqual(failed.cursors[TARGET_TENANT], started[TARGET_TENANT]);
    assert.equal(logs.find('audit entries could not be handled').length, 1);
    assert.equal(notifier.posted.length, 0);
    listingFails = false;
    await poll(failed.cursors);
    assert.equal(notifier.posted.length, 1);
  });

  it('points the failure that follows at the warning instead of explaining it again', async () => {
    audit.logs.get(TARGET_TENANT)!.push(inboundRedemptionOff());
    await poll(started);
    const warned = notifier.posted[0].change;
    const incident = { id: 'i'.repeat(24), servicePrincipalId: 'sp-b', openedAt: NOW.toISOString() } as Incident;
    const linked = await watch().linkCause(incident, NOW);
    assert.deepEqual(linked.causedBy, {
      changeId: warned.id,
      who: 'Megan Bowen',
      what: 'inbound automatic redemption turned off',
      at: warned.at,
      tenantName: 'Northwind',
    });
    assert.equal((await changes.get(warned.id))?.failureIncidentId, incident.id);
    const other = await watch().linkCause({ ...incident, servicePrincipalId: 'sp-a' }, NOW);
    assert.equal(other.causedBy, undefined);
  });
});
