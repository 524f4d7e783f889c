import assert from 'node:assert/strict';
import { reconcile } from '../../src/alerts/incidents/reconcile';
import { incidentId } from '../../src/alerts/incidents/signature';
import { alertSettings } from '../../src/alerts/settings';
import type { ConfigurationSnapshot, Finding, Incident } from '../../src/alerts/types';

const CONFIG: ConfigurationSnapshot = {
  servicePrincipalId: 'sp-b',
  displayName: 'Contoso B',
  job: {
    id: 'j',
    templateId: 'Azure2Azure',
    scheduleState: 'Active',
    interval: 'PT40M',
    status: 'Active',
    countSuccessiveCompleteFailures: 1,
    lastExecution: { state: 'Failed', countImported: 2, countExported: 0, countEscrowed: 2 },
  },
};
const finding = (over: Partial<Finding> = {}): Finding => ({
  kind: 'access',
  discriminator: '',
  severity: 'error',
  title: 'Provisioning fails',
  summary: 's',
  errors: [{ code: 'AzureDirectoryB2BManagementPolicyCheckFailure', count: 2 }],
  newFailures: 2,
  stagedDeletes: 0,
  affectedUsers: ['Nestor Wilke'],
  ...over,
});
const NOW = new Date('2026-01-05T10:00:00Z');
const settings = alertSettings(60);

function stored(over: Partial<Incident> = {}): Incident {
  const [opened] = reconcile({
    config: CONFIG,
    findings: [finding()],
    known: new Map(),
    ranSinceLastPoll: true,
    evidenceThrough: '2026-01-05T09:00:00Z',
    now: new Date('2026-01-05T09:00:00Z'),
    settings,
  });
  return { ...opened.incident, posts: { channel: 'a1' }, ...over };
}
const run = (
  incident: Incident,
  f: Finding[],
  extra: { ran?: boolean; now?: Date; evidence?: string; config?: ConfigurationSnapshot } = {},
) =>
  reconcile({
    config: extra.config ?? CONFIG,
    findings: f,
    known: new Map([[incident.id, incident]]),
    ranSinceLastPoll: extra.ran ?? true,
    evidenceThrough: extra.evidence,
    now: extra.now ?? NOW,
    settings,
  });

describe('incidents: dedupe and snooze', () => {
  it('gives the same incident id for the same configuration and problem', () => {
    assert.equal(stored().id, incidentId('sp-b', 'access', ''));
    assert.notEqual(incidentId('sp-b', 'failures', 'A'), incidentId('sp-b', 'failures', 'B'));
  });

  it('continues an open incident instead of opening another, and counts each entry once', () => {
    const [again] = run(stored(), [finding()], { evidence: '2026-01-05T09:40:00Z' });
    assert.equal(again.change, 'updated');
    assert.equal(again.incident.series, 1);
    assert.equal(again.incident.totalFailures, 4);
    const [replayed] = run(again.incident, [finding()], { evidence: '2026-01-05T09:40:00Z' });
    assert.equal(replayed.change, 'unchanged', 'a replayed poll adds nothing');
    assert.equal(replayed.notify, false);
  });

  it('stays quiet while snoozed, speaks when it gets worse or the snooze ends', () => {
    const snoozed = stored({ snoozedUntil: '2026-01-05T11:00:00Z', snoozedAtSeverity: 'error' });
    const [same] = run(snoozed, [finding()], { evidence: '2026-01-05T09:40:00Z' });
    assert.equal(same.notify, false);
    assert.equal(same.incident.snoozedUntil, '2026-01-05T11:00:00Z');

    const [worse] = run(
      snoozed,
      [finding({ severity: 'critical', quarantineReason: 'EncounteredQuarantineException' })],
      { evidence: '2026-01-05T09:40:00Z' },
    );
    assert.equal(worse.change, 'worse');
    assert.equal(worse.notify, true);
    assert.equal(worse.incident.snoozedUntil, undefined);

    const [ended] = run(snoozed, [], { ran: false, now: new Date('2026-01-05T11:00:01Z') });
    assert.equal(ended.change, 'snoozeEnded');
    assert.equal(ended.notify, true);
  });

  it('resolves a log-based incident only after a run that did not fail, and reopens as a new series', () => {
    assert.deepEqual(run(stored(), [], { ran: false }), [], 'a quiet poll between cycles proves nothing');
    const failedAgain = { ...CONFIG };
    assert.deepEqual(run(stored(), [], { ran: true, config: failedAgain }), [], 'the last run still failed');
    const healthy: ConfigurationSnapshot = {
      ...CONFIG,
      job: { ...CONFIG.job!, lastExecution: { ...CONFIG.job!.lastExecution!, state: 'Succeeded' } },
    };
    const [resolved] = run(stored(), [], { ran: true, config: healthy });
    assert.equal(resolved.change, 'resolved');
    const [reopened] = run(resolved.incident, [finding()], { evidence: '2026-01-05T10:40:00Z' });
    assert.equal(reopened.change, 'opened');
    assert.equal(reopened.incident.series, 2);
    assert.deepEqual(reopened.incident.posts, {}, 'a new card for a new occurrence');
  });
});
