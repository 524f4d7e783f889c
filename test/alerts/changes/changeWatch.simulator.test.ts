import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AuditTenant, ChangeNotifier } from '../../../src/alerts/changes/auditSource';
import { ChangeStore } from '../../../src/alerts/changes/changeStore';
import { createChangeWatch } from '../../../src/alerts/changes/changeWatch';
import { graphAuditSource } from '../../../src/alerts/changes/graphAuditSource';
import { graphChangeKnowledge } from '../../../src/alerts/changes/graphKnowledge';
import type { WatchedChange } from '../../../src/alerts/changes/types';
import { DigestStore } from '../../../src/alerts/digest/digestStore';
import { IncidentStore } from '../../../src/alerts/incidents/incidentStore';
import { graphSource } from '../../../src/alerts/monitor/graphSource';
import { AlertMonitor } from '../../../src/alerts/monitor/monitor';
import { alertSettings } from '../../../src/alerts/settings';
import { SubscriptionStore } from '../../../src/alerts/subscriptions/subscriptionStore';
import type { MonitorCursor, Subscription } from '../../../src/alerts/types';
import type { GraphGateway } from '../../../src/graph/gateway';
import { createLeaderElector } from '../../../src/storage';
import { SqliteStorage } from '../../../src/storage/sqlite/sqliteStorage';
import { gatewayFor, tenantOf } from '../../graph/simulator/simulatorGateway';
import { captureLogs } from '../../support/logs';
import { startTestSimulator, TestSimulator } from '../../support/simulator';
import { breakPolicy, RecordingNotifier } from '../support';
import { ApprovalService } from '../../../src/approvals/service';
import { buildTimeline } from '../../../src/alerts/timeline/timeline';
import type { Role } from '../../../src/domain';

const PARTNERS = '/policies/crossTenantAccessPolicy/partners';
const CHANNEL = 'msteams/t/channel-identity-ops';

class RecordedChanges implements ChangeNotifier {
  readonly posted: Array<{ subscription: string; change: WatchedChange; at: number }> = [];
  async postChange(subscription: Subscription, change: WatchedChange) {
    this.posted.push({ subscription: subscription.id, change: structuredClone(change), at: Date.now() });
    return `change-activity-${this.posted.length}`;
  }
  readonly updated: WatchedChange[] = [];
  async updateChange(_subscription: Subscription, _activityId: string, change: WatchedChange) {
    this.updated.push(structuredClone(change));
  }
}

/**
 * Change watch inside the alert monitor, against the real simulator: its audit logs over HTTPS through the real
 * gateways of the source and of a target tenant, changes made "as an admin in the portal", a real SQLite file.
 */
describe('change watch on the simulator', function () {
  this.timeout(90_000);
  let sim: TestSimulator;
  let source: GraphGateway;
  let storage: SqliteStorage;
  let monitor: AlertMonitor;
  let incidents: RecordingNotifier;
  let changes: RecordedChanges;
  let changeStore: ChangeStore;

  beforeEach(async () => {
    sim = await startTestSimulator();
    const contoso = tenantOf(sim, 'source');
    const northwind = tenantOf(sim, 'Northwind Traders');
    source = gatewayFor(sim, contoso).gateway;
    const target = gatewayFor(sim, northwind).gateway;
    const logs = captureLogs('debug');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'change-watch-')), 'bot.sqlite');
    storage = SqliteStorage.open(file, logs.logger);
    changeStore = new ChangeStore(storage);
    incidents = new RecordingNotifier();
    changes = new RecordedChanges();
    const tenants: Array<AuditTenant & { gateway: GraphGateway }> = [
      {
        tenantId: contoso.tenantId,
        side: 'source',
        name: 'Contoso',
        bot: { appIds: [contoso.clientId] },
        gateway: source,
      },
      {
        tenantId: northwind.tenantId,
        side: 'target',
        name: 'Northwind',
        bot: { appIds: [northwind.clientId] },
        gateway: target,
      },
    ];
    const subscriptions = new SubscriptionStore(storage);
    await subscriptions.update(CHANNEL, () => ({
      id: CHANNEL,
      reference: { conversation: { id: CHANNEL } },
      filter: { quarantineOnly: false },
      alerts: true,
      digest: false,
      createdBy: { id: 'u1', displayName: 'Alex Wilber' },
      createdAt: new Date().toISOString(),
    }));
    const leader = createLeaderElector<MonitorCursor>({
      storage: { backend: 'sqlite', file },
      store: storage,
      job: 'alert-monitor',
      instanceId: 'test',
      leaseSeconds: 15,
      logger: logs.logger,
    });
    monitor = new AlertMonitor({
      source: graphSource(source),
      incidents: new IncidentStore(storage),
      subscriptions,
      digests: new DigestStore(storage),
      notifier: incidents,
      settings: alertSettings(5),
      logger: logs.logger,
      now: () => new Date(),
      leader,
      changeWatch: createChangeWatch({
        audit: graphAuditSource(tenants),
        knowledge: graphChangeKnowledge(source),
        changes: changeStore,
        notifier: changes,
        logger: logs.logger,
        now: () => new Date(),
        maxRequestsPerPoll: 2,
        homeTenantId: contoso.tenantId,
      }),
    });
    await leader.start();
    // Northwind is seeded with inbound automatic redemption off: Contoso B healthy first (the control API's repair
    // is not a Graph write, so it is not audited).
    await breakPolicy(sim, 'northwind', 'inboundAutoRedemption', 'contoso', true);
    await cycle('Contoso B');
    const first = await monitor.pollNow();
    assert.equal(first?.auditRequests, 0, 'the first poll starts the audit logs at now');
  });

  afterEach(async () => {
    await monitor?.stop();
    storage?.close();
    await sim?.stop();
  });

  async function cycle(configuration: string): Promise<void> {
    const reply = await sim.control('POST', `/configurations/${encodeURIComponent(configuration)}/cycle`);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
  }

  it('warns before the cycle when a target admin turns off inbound auto-redemption; the alert links it', async () => {
    const contosoId = tenantOf(sim, 'source').tenantId;
    const changed = Date.now();
    const reply = await sim.portal('northwind', 'NancyD@northwindtraders.com', 'PATCH', `${PARTNERS}/${contosoId}`, {
      automaticUserConsentSettings: { inboundAllowed: false, outboundAllowed: null },
    });
    assert.equal(reply.status, 204, JSON.stringify(reply.body));

    const poll = await monitor.pollNow();
    assert.equal(poll?.auditRequests, 2, 'one audit-log request per tenant');
    assert.equal(changes.posted.length, 1);
    const [{ subscription, change, at }] = changes.posted;
    assert.equal(subscription, CHANNEL);
    assert.ok(at - changed < 5_000, 'within one poll (here: the next) plus 5 s');
    assert.equal(change.breaksNextCycle, true);
    assert.equal(change.who.displayName, 'Nancy Davolio');
    assert.equal(change.what, 'inbound automatic redemption');
    assert.deepEqual(
      change.configurations.map((c) => c.displayName),
      ['Contoso B'],
    );
    assert.match(change.consequence, /^Contoso B will fail at its next cycle.*: Nancy Davolio turned off inbound/);
    assert.deepEqual(incidents.take(), [], 'no cycle has run: no failure yet');

    await cycle('Contoso B');
    await monitor.pollNow();
    const [alert, ...more] = incidents.take();
    assert.equal(more.length, 0);
    assert.equal(alert.kind, 'post');
    assert.equal(alert.incident?.configurationName, 'Contoso B');
    assert.equal(alert.incident?.causedBy?.changeId, change.id, 'the failure alert points at the warning');
    assert.equal(changes.posted.length, 1, 'no second change card');
    assert.ok((await changeStore.get(change.id))?.failedAt, 'the warning knows the failure happened');
    assert.ok(
      changes.updated.some((c) => c.id === change.id && c.failedAt),
      'the posted warning card says so',
    );
  });

  it("does not report the bot's own writes", async () => {
    const contosoId = tenantOf(sim, 'source').tenantId;
    await source.updatePartner(tenantOf(sim, 'Northwind Traders').tenantId, {
      automaticUserConsent: { outboundAllowed: false },
    });
    await source.updatePartner(tenantOf(sim, 'Northwind Traders').tenantId, {
      automaticUserConsent: { outboundAllowed: true },
    });
    const poll = await monitor.pollNow();
    assert.equal(poll?.outsideChanges, 0);
    assert.equal(changes.posted.length, 0);
    assert.ok(contosoId);
  });

  it('a group removed outside the bot: who, users soft-deleted, Undo approved, the timeline', async () => {
    const configA = (await source.listConfigurations()).find((c) => c.displayName === 'Contoso A')!;
    const [sales] = (await source.findGroups('Sales')).filter((g) => g.displayName === 'Sales');
    // The bot assigns Sales (its own change: no card), and a cycle provisions its members.
    await source.addAssignment(configA.servicePrincipalId, { principalId: sales.id, appRoleId: configA.appRoleId! });
    await cycle('Contoso A');
    await monitor.pollNow();
    assert.equal(changes.posted.length, 0);

    const assigned = await sim.portal(
      'contoso',
      'MeganB@contoso.com',
      'GET',
      `/servicePrincipals/${configA.servicePrincipalId}/appRoleAssignedTo`,
    );
    const assignment = (assigned.body as { value: Array<{ id: string; principalId: string }> }).value.find(
      (a) => a.principalId === sales.id,
    )!;
    const removed = await sim.portal(
      'contoso',
      'MeganB@contoso.com',
      'DELETE',
      `/servicePrincipals/${configA.servicePrincipalId}/appRoleAssignedTo/${assignment.id}`,
    );
    assert.equal(removed.status, 204, JSON.stringify(removed.body));
    await monitor.pollNow();
    assert.equal(changes.posted.length, 1);
    const { change } = changes.posted[0];
    assert.equal(change.who.displayName, 'Megan Bowen');
    assert.equal(change.kind, 'scopeRemoved');
    assert.match(
      change.consequence,
      /^Removing Sales from Contoso A soft-deletes 4 users in Fabrikam, Inc. at the next cycle/,
    );
    assert.deepEqual(change.undo, {
      kind: 'addPrincipal',
      principal: { id: sales.id, type: 'Group', displayName: 'Sales' },
    });

    // Undo: a change request with the before state as its target, through the approval flow.
    const approvals = new ApprovalService({
      storage,
      gateway: source,
      policy: { ttlHours: 24, twoApproversAbove: 10 },
      logger: captureLogs('silent').logger,
    });
    const person = async (upn: string) => {
      const user = (await source.getUser(upn))!;
      return { id: user.id, displayName: user.displayName, roles: ['reader', 'operator', 'approver'] as Role[] };
    };
    const alex = await person('AlexW@contoso.com');
    const draft = await approvals.preview({ actor: alex, config: configA, change: change.undo!, reason: 'Undo' });
    const { request } = await approvals.submit(draft.id, alex, { conversation: { id: 'c' } });
    assert.equal(request.status, 'pending', 'an approval request, nothing changed yet');
    const salesAssigned = async () =>
      (await source.listAssignments(configA.servicePrincipalId)).some((a) => a.principalId === sales.id);
    assert.equal(await salesAssigned(), false);
    const decided = await approvals.approve(request.id, await person('IsaiahL@contoso.com'));
    assert.equal(decided.request.status, 'applied', JSON.stringify(decided.request.result));
    assert.equal(await salesAssigned(), true, 'the group is assigned again');
    // The bot's own write is not reported as an outside change.
    await monitor.pollNow();
    assert.equal(changes.posted.length, 1);

    // The timeline shows all of it, newest first.
    const rows = buildTimeline({
      configurationName: 'Contoso A',
      since: new Date(Date.now() - 60 * 60 * 1000),
      changes: await changeStore.ofConfiguration(configA.servicePrincipalId),
      approvals: await approvals.list({ configurationId: configA.servicePrincipalId }),
      incidents: [],
    });
    const titled = rows.map((r) => `${r.kind}: ${r.title}${r.who ? ` (${r.who})` : ''}`);
    const at = (pattern: RegExp) => titled.findIndex((t) => pattern.test(t));
    const all = titled.join('\n');
    assert.ok(at(/^approval: .*applied by the bot/) >= 0, all);
    assert.ok(at(/^approval: .*approved \(Isaiah Langer\)/) > at(/^approval: .*applied by the bot/), all);
    assert.ok(at(/^approval: .*requested \(Alex Wilber\)/) > at(/approved/), all);
    assert.ok(at(/^change: the assignment of Sales: assigned → not assigned .*\(Megan Bowen\)/) > at(/requested/), all);
  });
});
