import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { renderChoiceCard } from '../../src/cards/choice';
import { renderConfigurationDetailsCard } from '../../src/cards/configurationDetails';
import { renderConfigurationListCard } from '../../src/cards/configurationList';
import { renderErrorCard } from '../../src/cards/error';
import { renderHelpCard } from '../../src/cards/help';
import { Verb } from '../../src/cards/verbs';
import { assertValidCard, buttonsOf, cardText, shown } from '../support/adaptiveCard';
import { CONTOSO_A, CONTOSO_B, detailsOf } from '../support/configurations';

describe('cards', () => {
  it('every template in cards/ is an Adaptive Card 1.5', () => {
    const dir = path.resolve('cards'); // the test runner works from the project root
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 5, `found ${files.length} templates`);
    for (const file of files) {
      const template = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      assert.equal(template.type, 'AdaptiveCard', file);
      assert.equal(template.version, '1.5', file);
    }
  });

  it('help lists each command with its examples', () => {
    const card = renderHelpCard({
      commands: [
        { title: 'List configurations', description: 'Lists them.', examples: ['list configurations', 'show configs'] },
        { title: 'Show a configuration', description: 'Shows one.', examples: ['show configuration Contoso A'] },
      ],
    });
    assertValidCard(card);
    const text = cardText(card);
    assert.match(text, /List configurations/);
    assert.match(text, /"list configurations" · "show configs"/);
    assert.match(text, /"show configuration Contoso A"/);
  });

  it(
    'the configuration list shows name, target name and id, status, last run and scope, with a Details ' +
      'button per row',
    () => {
      const card = renderConfigurationListCard({
        configurations: [CONTOSO_A, CONTOSO_B],
        detailsVerb: Verb.showConfiguration,
        buttons: [{ title: 'Refresh', verb: Verb.listConfigurations, data: {} }],
      });
      assertValidCard(card);
      const text = cardText(card);
      for (const expected of [
        'Contoso A',
        'Contoso B',
        'Fabrikam',
        'Northwind Traders',
        CONTOSO_A.target!.tenantId,
        'Active',
        'Quarantined',
        'Succeeded, 2025-03-04 08:01 UTC',
        'Failed, 2025-03-04 06:40 UTC',
        'Assigned users and groups only',
        'All users',
      ]) {
        assert.ok(text.includes(expected), `missing ${expected}`);
      }
      const buttons = buttonsOf(card);
      assert.deepEqual(
        buttons.filter((b) => b.title === 'Details').map((b) => b.data.configurationId),
        [CONTOSO_A.servicePrincipalId, CONTOSO_B.servicePrincipalId],
      );
      assert.ok(buttons.some((b) => b.verb === Verb.listConfigurations));
    },
  );

  it('the configuration list without verbs has no buttons, and says so when empty', () => {
    const card = renderConfigurationListCard({ configurations: [CONTOSO_A] });
    assertValidCard(card);
    assert.equal(buttonsOf(card).length, 0);
    const empty = renderConfigurationListCard({ configurations: [] });
    assertValidCard(empty);
    assert.match(cardText(empty), /no cross-tenant synchronization configurations/);
  });

  it('configuration details: schedule, quarantine, scope, key mappings, trust settings, warnings and buttons', () => {
    const card = renderConfigurationDetailsCard({
      details: detailsOf(CONTOSO_B, { warnings: ['Automatic redemption is off in Northwind.'] }),
      buttons: [
        { title: 'Refresh', verb: Verb.showConfiguration, data: { configurationId: CONTOSO_B.servicePrincipalId } },
      ],
    });
    assertValidCard(card);
    const text = cardText(card);
    for (const expected of [
      'Contoso B',
      'To Northwind Traders (9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a)',
      'Quarantined',
      'EncounteredQuarantineException',
      'AzureDirectoryB2BManagementPolicyCheckFailure',
      'Active, every 40 minutes',
      'Failures in a row',
      'All users',
      'Assigned users',
      'userType',
      '"Member" (only on creation)',
      'AltSecIdFromNetId([netId]) (always, used for matching)',
      'Auto-redeem invitations (outbound)',
      'Trust MFA from the target',
      'Automatic redemption is off in Northwind.',
      'Prevented above 500 deletions',
      'identity-ops@contoso.com',
    ]) {
      assert.ok(text.includes(expected), `missing ${expected}`);
    }
    assert.ok(!text.includes('surname'), 'only key mappings are shown');
    assert.deepEqual(
      buttonsOf(card).map((b) => b.verb),
      [Verb.showConfiguration],
    );
  });

  it('configuration details without quarantine, mappings or partner entry still render', () => {
    const card = renderConfigurationDetailsCard({
      details: { config: { ...CONTOSO_A, job: undefined }, scope: { users: 0, groups: 0 }, warnings: [] },
      buttons: [],
    });
    assertValidCard(card);
    const text = cardText(card);
    assert.ok(!text.includes('Quarantined'));
    assert.match(text, /No provisioning job/);
    assert.match(text, /No cross-tenant access entry/);
    assert.ok(!('actions' in card) || (card.actions as unknown[]).length === 0);
  });

  it('the choice card has one button per choice with its data', () => {
    const card = renderChoiceCard({
      title: 'Which configuration?',
      message: 'Several match.',
      choices: [CONTOSO_A, CONTOSO_B].map((c) => ({
        title: c.displayName,
        subtitle: `To ${c.target!.displayName}`,
        button: { title: 'Show', verb: Verb.showConfiguration, data: { configurationId: c.servicePrincipalId } },
      })),
    });
    assertValidCard(card);
    assert.deepEqual(
      buttonsOf(card).map((b) => b.data.configurationId),
      [CONTOSO_A.servicePrincipalId, CONTOSO_B.servicePrincipalId],
    );
  });

  it('the error card shows title, message, what to do and references', () => {
    const card = renderErrorCard({
      title: 'Microsoft Graph is throttling the bot',
      message: 'Too many requests',
      action: 'Try again in 3 seconds.',
      references: [{ title: 'Graph request id', value: '94fb3b52-452a-4535-a601-69e0a90e3aa2' }],
      severity: 'error',
    });
    assertValidCard(card);
    assert.match(cardText(card), /94fb3b52-452a-4535-a601-69e0a90e3aa2/);
    const bare = renderErrorCard({ title: 'x', message: 'y', action: '', references: [], severity: 'warning' });
    assertValidCard(bare);
  });

  it('hostile text is bound as data, never evaluated', () => {
    const name = '${evil} "quoted" <at>x</at> 💥 \u202e';
    const card = renderChoiceCard({ title: name, message: 'm', choices: [] });
    // Shown as typed: markup is escaped (no mention, no link), the expression is not evaluated.
    assert.equal((card.body[0] as { text: string }).text, '${evil} "quoted" \\<at>x\\</at> 💥 \u202e');
    assert.equal(shown((card.body[0] as { text: string }).text), name);
  });
});
