import assert from 'node:assert/strict';
import { COMMANDS } from '../../src/bot/features';
import { logDetailsCard } from '../../src/bot/features/logs/logDetailsCard';
import { logListCard } from '../../src/bot/features/logs/logListCard';
import { userStoryCard } from '../../src/bot/features/explain/userStoryCard';
import { codeExplanationCard } from '../../src/bot/features/explain/codeExplanationCard';
import { mappingsCard } from '../../src/bot/features/mappings/mappingsCard';
import { allowDeletesConfirmCard } from '../../src/bot/features/jobs/allowDeletesCards';
import {
  configurationChoiceCard,
  outOfScopeCard,
  unknownTargetCard,
} from '../../src/bot/features/provisioning/scopeCards';
import { chooseConfigurationCard } from '../../src/bot/features/configurations/chooseConfigurationCard';
import { pageOfConfigurations } from '../../src/bot/features/configurations/listPage';
import { setupPlanCard } from '../../src/bot/features/setup/setupPlanCard';
import { BUTTON_VERBS } from '../../src/bot/features';
import { renderAlertCard } from '../../src/cards/alert';
import { renderApprovalListCard } from '../../src/cards/approvalList';
import { renderApprovalPreviewCard } from '../../src/cards/approvalPreview';
import { renderApprovalRequestCard } from '../../src/cards/approvalRequest';
import { CONFIGURATIONS_PER_PAGE, renderConfigurationListCard } from '../../src/cards/configurationList';
import { renderConfigurationDetailsCard } from '../../src/cards/configurationDetails';
import { renderErrorCard } from '../../src/cards/error';
import { renderHelpCard } from '../../src/cards/help';
import { MAX_LOG_ROWS } from '../../src/cards/logList';
import { clip, MESSAGE_BUDGET_BYTES, payloadBytes } from '../../src/cards/messageBudget';
import { renderProvisioningBatchCard } from '../../src/cards/provisioningBatch';
import type { AdaptiveCard } from '../../src/cards/render';
import { renderSettingsCard } from '../../src/cards/settingsCard';
import { Verb } from '../../src/cards/verbs';
import type { ApprovalRequest } from '../../src/approvals/model';
import type { Incident } from '../../src/alerts/types';
import { LOG_PAGE_SIZE } from '../../src/sync/logs/logService';
import type { ProvisioningLogEntry } from '../../src/domain';
import { MAX_USERS_PER_REQUEST } from '../../src/sync/users/userNames';
import { assertValidCard, buttonsOf, cardText } from '../support/adaptiveCard';
import { longText, manyConfigurations } from '../support/bigContent';
import { CONTOSO_B, detailsOf } from '../support/configurations';

/** Within the budget, and still a valid card (the bounds did not break it). */
function assertWithinBudget(card: AdaptiveCard): void {
  assertValidCard(card, { userText: true });
  const bytes = payloadBytes(card);
  assert.ok(bytes <= MESSAGE_BUDGET_BYTES, `${bytes} bytes (UTF-16) is over the ${MESSAGE_BUDGET_BYTES}-byte budget`);
}

const CONFIGS = manyConfigurations(500);
const USER = {
  id: 'b7c8d9e0-0000-4000-8000-000000000001',
  displayName: longText('Adele Vance'),
  userPrincipalName: `${'adele.vance'.repeat(6)}@contoso.onmicrosoft.com`,
};
const SENTENCE = longText('The provisioning service said', 400);

function logEntry(i: number): ProvisioningLogEntry {
  return {
    id: `${'e'.repeat(8)}-0000-4000-8000-${String(i).padStart(12, '0')}`,
    activityDateTime: '2026-01-05T09:00:00Z',
    action: 'create',
    status: 'failure',
    steps: Array.from({ length: 6 }, (_, s) => ({
      name: `step ${s}`,
      kind: 'export' as const,
      status: 'failure' as const,
      description: SENTENCE,
      details: {},
    })),
    modifiedProperties: Array.from({ length: 60 }, (_, p) => ({
      name: `extensionAttribute${p}`,
      oldValue: longText('old', 300),
      newValue: longText('new', 300),
    })),
    sourceId: USER.id,
    sourceDisplayName: USER.displayName,
    reportableIdentifier: USER.userPrincipalName,
    servicePrincipalId: CONFIGS[0].servicePrincipalId,
    error: { code: 'AzureDirectoryB2BManagementPolicyCheckFailure', reason: SENTENCE, recommendedAction: SENTENCE },
  };
}

function approval(i: number): ApprovalRequest {
  return {
    id: `req-${String(i).padStart(32, '0')}`,
    configurationId: CONFIGS[i].servicePrincipalId,
    configurationName: CONFIGS[i].displayName,
    change: {
      kind: 'addPrincipal',
      principal: { id: USER.id, type: 'Group', displayName: longText('Sales and Marketing Europe') },
    },
    impact: {
      entering: 1200,
      leaving: 300,
      leavingNames: Array.from({ length: 10 }, (_, n) => longText(`Leaving ${n}`, 80)),
      existingUsersChange: SENTENCE,
      notes: Array.from({ length: 20 }, () => SENTENCE),
    },
    reason: longText('Because', 500),
    requester: { id: USER.id, displayName: USER.displayName },
    createdAt: '2026-01-05T09:00:00Z',
    expiresAt: '2026-01-07T09:00:00Z',
    requiredApprovals: 2,
    approvals: [{ id: 'x', displayName: longText('Alex Wilber'), at: '2026-01-05T10:00:00Z' }],
    status: 'failed',
    applyAttempt: 1,
    result: {
      outcome: 'failed',
      at: '2026-01-05T10:00:00Z',
      errorCode: 'Request_BadRequest',
      detail: SENTENCE,
      graphObjectId: USER.id,
      graphRequestId: USER.id,
      provisioning: SENTENCE,
    },
    history: [],
  };
}

describe('every card stays within the message budget with the most it can be given', () => {
  it('measures a card as Teams does: UTF-16, two bytes per JSON character', () => {
    assert.equal(payloadBytes({ a: 'é' }), JSON.stringify({ a: 'é' }).length * 2);
    assert.equal(payloadBytes('🚀'), 8, 'an emoji is two UTF-16 units, plus the quotes');
    assert.equal(clip('abc', 3), 'abc');
    assert.equal(clip('abcdef', 4), 'abc…');
    assert.equal(clip('ab🚀cd', 4), 'ab…', 'never half an emoji');
  });

  it('configuration list: a page of 500 configurations with long names', () => {
    const page = pageOfConfigurations(CONFIGS, { page: 2 });
    const card = renderConfigurationListCard({
      configurations: page.rows,
      position: page,
      filter: longText('filter', 100),
      detailsVerb: Verb.showConfiguration,
      buttons: ['Previous', 'Next', 'Refresh'].map((title) => ({
        title,
        verb: Verb.listConfigurations,
        data: { page: '2', filter: longText('filter', 100) },
      })),
    });
    assertWithinBudget(card);
    assert.equal(buttonsOf(card).filter((b) => b.title === 'Details').length, CONFIGURATIONS_PER_PAGE);
    // Given every configuration, the card still shows one page.
    assertWithinBudget(renderConfigurationListCard({ configurations: CONFIGS, detailsVerb: Verb.showConfiguration }));
  });

  it("log list: a full page with long names, every filter button and Graph's cursor", () => {
    assert.ok(LOG_PAGE_SIZE <= MAX_LOG_ROWS, 'a page of the listing fits on the card, so Next skips nothing');
    const items = Array.from({ length: 40 }, (_, i) => logEntry(i));
    const card = logListCard(
      {
        filter: { configurationId: CONFIGS[0].servicePrincipalId, userId: USER.id, when: 'last 7 days' },
        subject: longText('Adele in Contoso'),
        timeLabel: 'in the last 7 days',
        page: { items, next: `https://graph.microsoft.com/v1.0/auditLogs/provisioning?$skiptoken=${'x'.repeat(3000)}` },
        pageNumber: 12,
        config: CONFIGS[0],
      },
      BUTTON_VERBS,
    );
    assertWithinBudget(card);
    assert.match(cardText(card), /…and 28 more entries\./);
  });

  it('log entry details: 60 changed properties with long values', () => {
    const entry = logEntry(1);
    const view = {
      result: 'failed' as const,
      tone: 'attention' as const,
      headline: SENTENCE,
      details: Array.from({ length: 20 }, () => SENTENCE),
      steps: entry.steps.map(() => ({ label: 'Action', status: 'failure' as const, text: SENTENCE })),
      changes: entry.modifiedProperties,
      findings: [],
      error: {
        code: 'X',
        title: SENTENCE,
        cause: SENTENCE,
        fix: SENTENCE,
        serviceSaid: [SENTENCE, SENTENCE, SENTENCE, SENTENCE],
      },
    };
    assertWithinBudget(logDetailsCard(entry, view, CONFIGS[0], BUTTON_VERBS));
  });

  it('approval lists: 50 requests with long names and reasons', () => {
    const card = renderApprovalListCard(
      'Pending approvals',
      Array.from({ length: 50 }, (_, i) => approval(i)),
      'none',
    );
    assertWithinBudget(card);
    assert.match(cardText(card), /…and 40 more\./);
  });

  it('approval request and preview: the longest impact', () => {
    assertWithinBudget(
      renderApprovalRequestCard(approval(1), {
        approverRoleNames: Array.from({ length: 10 }, (_, i) => longText(`role ${i}`, 60)),
      }),
    );
    assertWithinBudget(renderApprovalPreviewCard(approval(2), { ttlHours: 48 }));
  });

  it('provisioning batch: the most users at once, each failing with details', () => {
    const rows = Array.from({ length: MAX_USERS_PER_REQUEST }, (_, i) => ({
      name: longText(`User ${i}`),
      state: 'failure' as const,
      headline: SENTENCE,
      details: Array.from({ length: 8 }, () => SENTENCE),
    }));
    assertWithinBudget(
      renderProvisioningBatchCard({
        title: `Provisioning ${MAX_USERS_PER_REQUEST} users`,
        subtitle: longText('To'),
        rows,
        footer: SENTENCE,
      }),
    );
  });

  it('alert: many error codes and affected users', () => {
    const incident = {
      id: 'i',
      series: 1,
      state: 'open',
      kind: 'failures',
      discriminator: '',
      servicePrincipalId: 'sp',
      configurationName: CONFIGS[0].displayName,
      severity: 'critical',
      title: SENTENCE,
      summary: longText('Summary', 2000),
      quarantineReason: SENTENCE,
      errors: [],
      totalFailures: 5000,
      stagedDeletes: 900,
      affectedUsers: Array.from({ length: 200 }, (_, i) => longText(`User ${i}`)),
      openedAt: '2026-01-05T09:00:00Z',
      updatedAt: '2026-01-05T10:00:00Z',
      posts: {},
    } as unknown as Incident;
    const errors = Array.from({ length: 30 }, (_, i) => ({
      code: `Code${i}`,
      count: 100,
      cause: SENTENCE,
      fix: SENTENCE,
    }));
    assertWithinBudget(
      renderAlertCard({
        incident,
        errors,
        buttons: Array.from({ length: 6 }, () => ({
          title: 'Snooze 1 day',
          verb: Verb.alertSnooze,
          data: { incident: 'i:1', hours: '24' },
        })),
        confirm: SENTENCE,
        note: SENTENCE,
      }),
    );
  });

  it('configuration details: many mappings and warnings, a long quarantine error', () => {
    const base = detailsOf(CONTOSO_B);
    const attributeMappings = Array.from({ length: 80 }, (_, i) => ({
      ...base.mappings!.attributeMappings[0],
      targetAttributeName: `attribute${i}`,
      source: longText('Join', 300),
      matchingPriority: i + 1,
    }));
    const config = {
      ...CONFIGS[1],
      job: {
        ...CONTOSO_B.job!,
        quarantine: { ...CONTOSO_B.job!.quarantine!, error: { code: 'X', message: longText('Graph said', 3000) } },
      },
    };
    const details = {
      ...base,
      config,
      mappings: { ...base.mappings!, attributeMappings },
      warnings: Array.from({ length: 40 }, () => SENTENCE),
    };
    assertWithinBudget(renderConfigurationDetailsCard({ details, buttons: [] }));
  });

  it('settings: a configuration with the longest name', () => {
    assertWithinBudget(
      renderSettingsCard({
        name: CONFIGS[0].displayName,
        settings: detailsOf(CONTOSO_B).settings!,
        userType: undefined,
        showInAddressList: undefined,
        displayName: undefined,
      } as never),
    );
  });

  it('choices among 500 configurations, and notices naming each of them', () => {
    const checks = CONFIGS.map((config) => ({
      config,
      inScope: true,
      reason: longText('direct member of the assigned group', 120),
    }));
    const kb = { explain: () => ({ code: 'X', title: 'T', cause: SENTENCE, fix: SENTENCE, source: 's' }) } as never;
    for (const card of [
      chooseConfigurationCard('contoso', { kind: 'ambiguous', candidates: CONFIGS }),
      configurationChoiceCard(USER as never, checks),
      outOfScopeCard(USER as never, checks, kb),
      unknownTargetCard(longText('typed'), CONFIGS),
      allowDeletesConfirmCard(CONFIGS[0], {
        job: CONTOSO_B.job!,
        threshold: 500,
        entries: Array.from({ length: 2000 }, (_, i) => logEntry(i)),
      } as never),
      setupPlanCard(
        {
          source: CONFIGS[0].target!,
          target: CONFIGS[1].target!,
          checks: [],
          targetChecked: true,
          existing: CONFIGS,
          configurationName: CONFIGS[2].displayName,
        },
        BUTTON_VERBS,
        false,
      ),
    ]) {
      assertWithinBudget(card);
    }
  });

  it("a user's story in every configuration, a code checked in many, and a schema with every mapping", () => {
    const latest = CONFIGS.slice(0, 25).map((configuration, i) => ({
      configuration,
      entry: logEntry(i),
      view: {
        result: 'failed',
        tone: 'attention',
        headline: SENTENCE,
        details: [SENTENCE, SENTENCE],
        steps: [],
        changes: [],
        findings: [],
        error: { code: 'X', title: 'T', cause: SENTENCE, fix: SENTENCE, serviceSaid: [] },
      },
    }));
    assertWithinBudget(
      userStoryCard(
        { user: USER, latest, scope: CONFIGS.map((config) => ({ config, inScope: false, reason: SENTENCE })) } as never,
        'why',
        BUTTON_VERBS,
      ),
    );
    const findings = Array.from({ length: 12 }, () => ({
      tenant: longText('Fabrikam', 80),
      side: 'target',
      setting: SENTENCE,
      state: 'wrong',
      observed: 'is off',
      how: 'h',
      fix: SENTENCE,
    }));
    const checks = CONFIGS.slice(0, 5).map((configuration) => ({ configuration, findings }));
    assertWithinBudget(
      codeExplanationCard(
        {
          code: 'X',
          knowledge: { code: 'X', title: SENTENCE, cause: SENTENCE, fix: SENTENCE, source: SENTENCE },
          suggestions: [],
          checks,
        } as never,
        BUTTON_VERBS,
      ),
    );
    const rows = Array.from({ length: 120 }, (_, i) => ({
      target: `extensionAttribute${i}`,
      source: longText('Join', 200),
      applies: 'always',
      matching: false,
    }));
    assertWithinBudget(
      mappingsCard(
        CONFIGS[0],
        {
          objectMapping: 'Provision Microsoft Entra ID Users',
          enabled: true,
          rows,
          scopingFilters: Array.from({ length: 30 }, () => SENTENCE),
          warnings: Array.from({ length: 30 }, () => SENTENCE),
        },
        BUTTON_VERBS,
      ),
    );
  });

  it('help and an error card', () => {
    assertWithinBudget(
      renderHelpCard({
        commands: COMMANDS.filter((a) => !a.internal).map((a) => ({
          title: a.title,
          description: a.description,
          examples: a.examples,
        })),
      }),
    );
    assertWithinBudget(
      renderErrorCard({
        title: SENTENCE,
        message: longText('message', 5000),
        action: longText('action', 5000),
        references: Array.from({ length: 30 }, () => ({ title: 'Request id', value: SENTENCE })),
        severity: 'error',
      }),
    );
  });
});
