import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ActivityTypes } from 'botbuilder';
import { IncidentStore } from '../../../../src/alerts/incidents/incidentStore';
import { incidentId, incidentRef } from '../../../../src/alerts/incidents/signature';
import { SubscriptionStore } from '../../../../src/alerts/subscriptions/subscriptionStore';
import type { Incident } from '../../../../src/alerts/types';
import type { AlertBotDeps } from '../../../../src/bot/features/alerts/services';
import { Verb } from '../../../../src/cards/verbs';
import { silentLogger } from '../../../../src/logging';
import { SqliteStorage } from '../../../../src/storage/sqlite/sqliteStorage';
import { createKnowledgeBase } from '../../../../src/sync/knowledge/knowledgeBase';
import type { Role, SyncConfiguration } from '../../../../src/domain';
import type { SyncOperations } from '../../../../src/sync/operations';
import { RecordingNotifier } from '../../../alerts/support';
import { CONTOSO_A, CONTOSO_B } from '../../../support/configurations';
import { fakeCatalog } from '../../../support/fakeCatalog';
import { DEFAULT_ROLE_SETTINGS, fixedRoles } from '../../../support/roles';
import { buttonsOf } from '../../../support/adaptiveCard';
import { botUnderTest, USER } from '../../../support/turns';

const CHANNEL = {
  id: '19:ops@thread.tacv2;messageid=1795763360753',
  conversationType: 'channel',
  tenantId: '5a7c3e91-2b4d-4f6a-8c1e-0d9f8b7a6c5e',
  isGroup: true,
  name: '',
};
const CHANNEL_KEY = 'msteams/5a7c3e91-2b4d-4f6a-8c1e-0d9f8b7a6c5e/19:ops@thread.tacv2';

async function rig(roles: Role[] = ['reader', 'operator']) {
  const store = await SqliteStorage.open(
    path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'alert-bot-')), 'bot.sqlite'),
    silentLogger(),
  );
  const restarts: Array<[string, string]> = [];
  const notifier = new RecordingNotifier();
  const clock = { now: new Date('2026-01-05T10:00:00Z') };
  const alerts: AlertBotDeps = {
    subscriptions: new SubscriptionStore(store),
    incidents: new IncidentStore(store),
    notifier,
    // The Graph edge: only what the buttons call.
    actions: { recentFailures: async () => ({ since: new Date(0), page: { items: [] } }) },
    knowledge: createKnowledgeBase(),
    now: () => clock.now,
    pollSeconds: 60,
  };
  const t = botUnderTest({
    catalog: fakeCatalog([CONTOSO_A, CONTOSO_B]),
    alerts,
    // "Yes, restart" goes through the job service: only what it calls.
    operations: {
      jobs: {
        restart: async (config: SyncConfiguration) => {
          restarts.push([config.servicePrincipalId, config.job!.id]);
          return config.job!;
        },
      },
    } as unknown as SyncOperations,
    access: { roles: fixedRoles({ [USER.aadObjectId]: roles }), settings: DEFAULT_ROLE_SETTINGS },
  });
  return { t, alerts, store, restarts, notifier, clock };
}

function openIncident(): Incident {
  const id = incidentId(CONTOSO_B.servicePrincipalId, 'access', '');
  return {
    id,
    series: 2,
    state: 'open',
    kind: 'access',
    discriminator: '',
    servicePrincipalId: CONTOSO_B.servicePrincipalId,
    configurationName: 'Contoso B',
    severity: 'critical',
    title: 'Quarantined: the connection is broken',
    summary: 'A policy check fails.',
    quarantineReason: 'EncounteredQuarantineException',
    errors: [{ code: 'AzureDirectoryB2BManagementPolicyCheckFailure', count: 2 }],
    totalFailures: 2,
    stagedDeletes: 0,
    affectedUsers: ['Nestor Wilke'],
    openedAt: '2026-01-05T09:00:00Z',
    updatedAt: '2026-01-05T09:00:00Z',
    posts: { [CHANNEL_KEY]: 'posted-1' },
  };
}

const text = (replies: Array<{ text?: string }>) => replies.map((r) => r.text ?? '').join('\n');

describe('alert commands and card buttons', () => {
  it('subscribes the channel (not the thread) to one configuration, lists and unsubscribes', async () => {
    const { t, alerts } = await rig();
    const subscribed = await t.say('subscribe to alerts here for contoso-b quarantine only', { conversation: CHANNEL });
    assert.match(text(subscribed), /Subscribed: this conversation gets alerts \(quarantine only\) for Contoso B/);
    const stored = await alerts.subscriptions.get(CHANNEL_KEY);
    assert.equal(stored?.filter.configuration?.servicePrincipalId, CONTOSO_B.servicePrincipalId);
    assert.equal(
      (stored?.reference as any).conversation.id,
      '19:ops@thread.tacv2',
      'alerts start new posts in the channel',
    );
    assert.equal(stored?.createdBy.id, USER.aadObjectId);

    await t.say('subscribe to daily digest here', { conversation: CHANNEL });
    assert.equal((await alerts.subscriptions.get(CHANNEL_KEY))?.digest, true);
    assert.match(
      text(await t.say('subscriptions', { conversation: CHANNEL })),
      /\*\*This conversation\*\*: alerts \(quarantine only\) and the daily digest for Contoso B/,
    );
    assert.match(text(await t.say('unsubscribe', { conversation: CHANNEL })), /Unsubscribed/);
    assert.equal(await alerts.subscriptions.get(CHANNEL_KEY), undefined);
    assert.match(text(await t.say('unsubscribe', { conversation: CHANNEL })), /no subscription/);
  });

  it('answers an unknown configuration without subscribing', async () => {
    const { t, alerts } = await rig();
    const replies = await t.say('subscribe to alerts for Woodgrove', { conversation: CHANNEL });
    assert.ok(
      replies.some((r) => r.attachments?.length),
      'an error card',
    );
    assert.equal(await alerts.subscriptions.get(CHANNEL_KEY), undefined);
  });

  it('retires the subscription when the bot is removed from the conversation', async () => {
    const { t, alerts } = await rig();
    await t.say('subscribe to alerts here', { conversation: CHANNEL });
    await t.say('', {
      type: ActivityTypes.ConversationUpdate,
      text: undefined,
      conversation: CHANNEL,
      membersRemoved: [{ id: '28:7e1f9a3c-bot', name: 'Sync Bot' }],
    } as any);
    assert.equal((await alerts.subscriptions.get(CHANNEL_KEY))?.retiredAt, '2026-01-05T10:00:00.000Z');
    assert.deepEqual(await alerts.subscriptions.active(), []);
  });

  it('acknowledges as the verified user whatever the card claims, and refreshes the posted card', async () => {
    const { t, alerts, notifier } = await rig();
    const incident = openIncident();
    await alerts.incidents.update(incident.id, () => incident);
    await alerts.subscriptions.update(CHANNEL_KEY, () => ({
      id: CHANNEL_KEY,
      reference: {},
      filter: { quarantineOnly: false },
      alerts: true,
      digest: false,
      createdBy: { id: 'x', displayName: 'X' },
      createdAt: '2026-01-01T00:00:00Z',
    }));
    const { invoke } = await t.click(
      Verb.alertAcknowledge,
      { incident: incidentRef(incident.id, 2), acknowledgedBy: 'Mallory' },
      { conversation: CHANNEL },
    );
    assert.equal(invoke?.status, 200);
    const saved = await alerts.incidents.get(incident.id);
    assert.equal(saved?.acknowledgedBy?.id, USER.aadObjectId);
    assert.match(JSON.stringify((invoke?.body as any).value), /Acknowledged by Megan Bowen/);
    assert.deepEqual(
      notifier.take().map((d) => [d.kind, d.activityId]),
      [['update', 'posted-1']],
    );
  });

  it('refuses unknown, malformed and outdated incident references', async () => {
    const { t, alerts } = await rig();
    const incident = openIncident();
    await alerts.incidents.update(incident.id, () => incident);
    for (const ref of ['0123456789abcdef01234567.1', '<script>', incidentRef(incident.id, 1)]) {
      const { invoke } = await t.click(Verb.alertSnooze, { incident: ref, hours: '1' });
      assert.match(String((invoke?.body as any).value), /no record of that alert|earlier occurrence/, ref);
    }
    const { invoke } = await t.click(Verb.alertSnooze, { incident: incidentRef(incident.id, 2), hours: '1000' });
    assert.match(String((invoke?.body as any).value), /can't use|cannot use/);
    assert.equal((await alerts.incidents.get(incident.id))?.snoozedUntil, undefined);
  });

  it('snoozes for a day and records who', async () => {
    const { t, alerts } = await rig();
    const incident = openIncident();
    await alerts.incidents.update(incident.id, () => incident);
    await t.click(Verb.alertSnooze, { incident: incidentRef(incident.id, 2), hours: '24' });
    const saved = await alerts.incidents.get(incident.id);
    assert.equal(saved?.snoozedUntil, '2026-01-06T10:00:00.000Z');
    assert.equal(saved?.snoozedAtSeverity, 'critical');
  });

  it("asks before restarting, restarts the incident's job for an operator, and refuses a reader", async () => {
    const operator = await rig(['reader', 'operator']);
    const incident = openIncident();
    await operator.alerts.incidents.update(incident.id, () => incident);
    const ask = await operator.t.click(Verb.alertRestart, { incident: incidentRef(incident.id, 2) });
    assert.match(JSON.stringify((ask.invoke?.body as any).value), /Restart provisioning of Contoso B\?/);
    assert.deepEqual(operator.restarts, []);
    const yes = buttonsOf((ask.invoke?.body as any).value).find((b) => b.verb === Verb.alertRestartConfirm)!;
    assert.equal(yes.data.issuedAt, '2026-01-05T10:00:00.000Z', '"Yes, restart" carries when it was asked');
    await operator.t.click(yes.verb, { ...yes.data, servicePrincipalId: 'someone-else' });
    assert.deepEqual(operator.restarts, [[CONTOSO_B.servicePrincipalId, CONTOSO_B.job!.id]]);

    const reader = await rig(['reader']);
    await reader.alerts.incidents.update(incident.id, () => incident);
    const refused = await reader.t.click(yes.verb, yes.data);
    assert.match(String((refused.invoke?.body as any).value), /operator role/);
    assert.deepEqual(reader.restarts, []);
    assert.ok(reader.t.logs.find('request not served').length > 0);
  });

  it('a "Yes, restart" past the request TTL, or without an issue time, is refused and restarts nothing', async () => {
    const { t, alerts, restarts, clock } = await rig();
    const incident = openIncident();
    await alerts.incidents.update(incident.id, () => incident);
    const ask = await t.click(Verb.alertRestart, { incident: incidentRef(incident.id, 2) });
    const yes = buttonsOf((ask.invoke?.body as any).value).find((b) => b.verb === Verb.alertRestartConfirm)!;

    clock.now = new Date('2026-01-06T10:00:00Z'); // 24 hours later: the default TTL
    const late = await t.click(yes.verb, yes.data);
    assert.match(
      String((late.invoke?.body as any).value),
      /This confirmation is from 2026-01-05 10:00 UTC; confirmations expire after 24 hours, so nothing was changed/,
    );
    const { issuedAt: _stamp, ...unstamped } = yes.data;
    const old = await t.click(yes.verb, unstamped);
    assert.match(String((old.invoke?.body as any).value), /from an older version of the bot/);
    assert.deepEqual(restarts, []);
    assert.ok(
      t.logs.entries.filter((l) => /StaleAction/.test(JSON.stringify(l))).length >= 2,
      'both refusals are logged',
    );

    clock.now = new Date('2026-01-06T09:59:00Z'); // within the TTL the same button still works
    await t.click(yes.verb, yes.data);
    assert.deepEqual(restarts, [[CONTOSO_B.servicePrincipalId, CONTOSO_B.job!.id]]);
  });
});
