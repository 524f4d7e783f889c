import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChangeNotifier } from '../../../../src/alerts/changes/auditSource';
import { ChangeStore } from '../../../../src/alerts/changes/changeStore';
import type { WatchedChange } from '../../../../src/alerts/changes/types';
import { IncidentStore } from '../../../../src/alerts/incidents/incidentStore';
import { SubscriptionStore } from '../../../../src/alerts/subscriptions/subscriptionStore';
import type { Incident } from '../../../../src/alerts/types';
import type { AlertBotDeps } from '../../../../src/bot/features/alerts/services';
import { Verb } from '../../../../src/cards/verbs';
import { silentLogger } from '../../../../src/logging';
import { SqliteStorage } from '../../../../src/storage/sqlite/sqliteStorage';
import { createKnowledgeBase } from '../../../../src/sync/knowledge/knowledgeBase';
import { RecordingNotifier } from '../../../alerts/support';
import { assertValidCard, buttonsOf, cardOf, cardText } from '../../../support/adaptiveCard';
import { CONTOSO_A, CONTOSO_B } from '../../../support/configurations';
import { fakeCatalog } from '../../../support/fakeCatalog';
import { botUnderTest, USER } from '../../../support/turns';

const NOW = new Date('2026-01-05T10:00:00Z');
const CHANNEL_KEY = 'msteams/5a7c3e91-2b4d-4f6a-8c1e-0d9f8b7a6c5e/19:ops@thread.tacv2';

const change = (over: Partial<WatchedChange> = {}): WatchedChange => ({
  id: 'c'.repeat(24),
  auditId: 'audit-1',
  side: 'target',
  tenantId: 'northwind-id',
  tenantName: 'Northwind Traders',
  at: '2026-01-05T09:00:00.000Z',
  activity: 'Update a partner cross-tenant access setting',
  kind: 'inboundRedemption',
  who: { displayName: 'Nancy Davolio', userPrincipalName: 'NancyD@northwindtraders.com' },
  what: 'inbound automatic redemption',
  before: 'on',
  after: 'off',
  configurations: [{ servicePrincipalId: CONTOSO_B.servicePrincipalId, displayName: 'Contoso B' }],
  consequence: 'Contoso B will fail at its next cycle, in about 23 minutes: Nancy Davolio turned off inbound ...',
  breaksNextCycle: true,
  state: 'open',
  posts: { [CHANNEL_KEY]: 'posted-change-1' },
  seenAt: '2026-01-05T09:00:05.000Z',
  ...over,
});

class RecordingChanges implements ChangeNotifier {
  readonly updates: Array<[string, WatchedChange]> = [];
  async postChange() {
    return undefined;
  }
  async updateChange(_s: unknown, activityId: string, c: WatchedChange) {
    this.updates.push([activityId, c]);
  }
}

async function rig() {
  const store = SqliteStorage.open(
    path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'history-bot-')), 'bot.sqlite'),
    silentLogger(),
  );
  const changes = new ChangeStore(store);
  const changeNotifier = new RecordingChanges();
  const alerts: AlertBotDeps = {
    subscriptions: new SubscriptionStore(store),
    incidents: new IncidentStore(store),
    notifier: new RecordingNotifier(),
    actions: { recentFailures: async () => ({ since: new Date(0), page: { items: [] } }) },
    knowledge: createKnowledgeBase(),
    now: () => NOW,
    pollSeconds: 60,
    changes: { changes, notifier: changeNotifier },
  };
  await alerts.subscriptions.update(CHANNEL_KEY, () => ({
    id: CHANNEL_KEY,
    reference: {},
    filter: { quarantineOnly: false },
    alerts: true,
    digest: false,
    createdBy: { id: 'x', displayName: 'X' },
    createdAt: '2026-01-01T00:00:00Z',
  }));
  const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A, CONTOSO_B]), alerts });
  return { t, alerts, changes, changeNotifier };
}

const failure = (over: Partial<Incident> = {}): Incident =>
  ({
    id: 'i'.repeat(24),
    series: 1,
    state: 'open',
    kind: 'access',
    discriminator: '',
    servicePrincipalId: CONTOSO_B.servicePrincipalId,
    configurationName: 'Contoso B',
    severity: 'critical',
    title: 'Provisioning fails: the policy check',
    summary: 'A policy check fails.',
    errors: [],
    totalFailures: 2,
    stagedDeletes: 0,
    affectedUsers: [],
    openedAt: '2026-01-05T09:30:00.000Z',
    updatedAt: '2026-01-05T09:30:00.000Z',
    posts: {},
    ...over,
  }) as Incident;

describe('change cards and the history of a configuration', () => {
  it('"history Contoso B": the outside change and the failure after it, detail a click away', async () => {
    const { t, changes, alerts } = await rig();
    await changes.update(change().id, () => change());
    await alerts.incidents.update(failure().id, () => failure());
    const [reply] = await t.say('history Contoso B');
    const card = cardOf(reply);
    assertValidCard(card);
    const text = cardText(card);
    assert.match(text, /History of Contoso B/);
    const alertAt = text.indexOf('Provisioning fails');
    const changeAt = text.indexOf('inbound automatic redemption: on → off (outside the bot)');
    assert.ok(alertAt >= 0 && changeAt > alertAt, 'the failure (newer) comes before the change');
    assert.match(text, /by Nancy Davolio/);
    assert.match(JSON.stringify(card), /Action.ToggleVisibility/);

    const [other] = await t.say('what changed in Contoso A this week');
    assert.match(cardText(cardOf(other)), /Nothing happened to Contoso A this week/);
  });

  it('pages a long history with Older and Newer', async () => {
    const { t, changes } = await rig();
    for (let i = 0; i < 12; i++) {
      const at = new Date(NOW.getTime() - (i + 1) * 60_000).toISOString();
      const id = i.toString(16).padStart(24, '0');
      await changes.update(id, () => change({ id, at, auditId: `a-${i}` }));
    }
    const [reply] = await t.say('history Contoso B');
    const older = buttonsOf(cardOf(reply)).find((b) => b.title === 'Older')!;
    assert.match(cardText(cardOf(reply)), /Page 1 of 2 \(12 events\)/);
    const { invoke } = await t.click(older.verb, older.data);
    assert.match(cardText((invoke?.body as any).value), /Page 2 of 2/);
    const { invoke: forged } = await t.click(Verb.historyPage, { ...older.data, days: '100000' });
    assert.doesNotMatch(JSON.stringify((forged?.body as any).value), /Page 2 of 2/);
  });

  it('Acknowledge records the verified user and refreshes every posted copy', async () => {
    const { t, changes, changeNotifier } = await rig();
    await changes.update(change().id, () => change());
    const { invoke } = await t.click(Verb.changeAcknowledge, { change: change().id, by: 'Mallory' });
    assert.equal(invoke?.status, 200);
    assert.equal((await changes.get(change().id))?.acknowledgedBy?.id, USER.aadObjectId);
    assert.match(JSON.stringify((invoke?.body as any).value), /Acknowledged by Megan Bowen/);
    assert.deepEqual(
      changeNotifier.updates.map(([id]) => id),
      ['posted-change-1'],
    );
  });

  it('Explain says where, who and how to put it back; Undo without approvals says they are not running', async () => {
    const { t, changes } = await rig();
    await changes.update(change().id, () => change());
    const explained = await t.click(Verb.changeExplain, { change: change().id });
    const said = explained.replies.map((r) => r.text ?? '').join('\n');
    assert.match(said, /Northwind Traders's audit log/);
    assert.match(said, /NancyD@northwindtraders.com/);
    assert.match(said, /the bot cannot write there/);

    const group = { id: 'g-sales', type: 'Group' as const, displayName: 'Sales' };
    const removal = change({
      id: 'd'.repeat(24),
      kind: 'scopeRemoved',
      undo: { kind: 'addPrincipal', principal: group },
    });
    await changes.update(removal.id, () => removal);
    const undone = await t.click(Verb.changeUndo, { change: removal.id });
    assert.match(JSON.stringify(undone), /approvals are not running/);
    const { invoke } = await t.click(Verb.changeUndo, { change: 'e'.repeat(24) });
    assert.match(JSON.stringify(invoke?.body), /no record of that change/);
  });
});
