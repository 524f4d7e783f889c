import assert from 'node:assert/strict';
import { renderConfirmCard } from '../../src/cards/confirm';
import { renderLogListCard } from '../../src/cards/logList';
import { renderNoticeCard } from '../../src/cards/notice';
import { renderOutcomeCard } from '../../src/cards/outcome';
import { renderProvisioningBatchCard } from '../../src/cards/provisioningBatch';
import { assertValidCard, buttonsOf, cardText } from '../support/adaptiveCard';

describe('cards for provisioning, jobs and logs', () => {
  it('outcome: steps with their state, old → new, the problem, the settings checked, buttons and a link', () => {
    const card = renderOutcomeCard({
      title: 'Provisioning Adele Vance',
      subtitle: 'Contoso A → Fabrikam',
      tone: 'attention',
      headline: 'Failed: could not create Adele Vance in Fabrikam',
      details: ['Fabrikam (target tenant): … is off.'],
      steps: [
        { label: 'Import', status: 'success', text: 'Retrieved' },
        { label: 'Action', status: 'pending', text: '' },
      ],
      changes: [{ name: 'department', oldValue: 'Sales', newValue: null }],
      error: { code: 'X', title: 'Title', cause: 'Cause', fix: 'Fix', serviceSaid: ['said'] },
      findings: [{ tenant: 'Fabrikam', side: 'target', setting: 'S', state: 'wrong', observed: 'is off', how: 'h' }],
      buttons: [{ title: 'Run again', verb: 'v', data: { a: 'b' } }],
      links: [{ title: 'Open', url: 'https://entra.microsoft.com/' }],
    });
    assertValidCard(card);
    const text = cardText(card);
    for (const expected of [
      '✅',
      '⏳',
      'department',
      'Sales → (empty)',
      'Title (X)',
      'Why: Cause',
      'Fix: Fix',
      'The provisioning service said: said',
      '❌ Fabrikam (target): S is off.',
    ]) {
      assert.ok(text.includes(expected), expected);
    }
    assert.deepEqual(
      buttonsOf(card).map((b) => b.title),
      ['Run again'],
    );
    assert.equal((card.actions as Array<{ type: string }>)[1].type, 'Action.OpenUrl');
  });

  it('a bare progress card has no empty sections', () => {
    const card = renderOutcomeCard({ title: 'Provisioning', tone: 'accent', headline: 'Looking up the user…' });
    assertValidCard(card);
    assert.deepEqual(
      card.body.map((e) => (e as { type: string }).type),
      ['TextBlock', 'Container'],
    );
  });

  it('notice with sections and a text box; confirm with radio options; log list rows open their details', () => {
    const notice = renderNoticeCard({
      title: 'T',
      tone: 'warning',
      sections: [
        { title: 'Empty' },
        { title: 'S', lines: ['a', { text: 'b', color: 'Attention' }], facts: [{ title: 'k', value: 'v' }] },
      ],
      input: { id: 'user', label: 'User', placeholder: 'Adele' },
    });
    assertValidCard(notice);
    assert.ok(!cardText(notice).includes('Empty'), 'an empty section is left out');
    assert.ok(JSON.stringify(notice).includes('"Input.Text"'));
    const confirm = renderConfirmCard({
      title: 'Restart?',
      warnings: ['w'],
      choice: { label: 'How', defaultValue: 'portal', options: [{ title: 'Portal', value: 'portal' }] },
      confirm: { title: 'Restart', verb: 'c', data: {} },
      cancel: { title: 'Cancel', verb: 'x', data: {} },
    });
    assertValidCard(confirm);
    assert.match(JSON.stringify(confirm), /"Input.ChoiceSet".*"value":"portal"/);
    const list = renderLogListCard({
      title: 'Failures',
      subtitle: 'Today',
      rows: [
        {
          time: '10:00',
          user: 'Adele',
          action: 'create',
          status: 'failure',
          statusColor: 'Attention',
          code: 'X',
          details: { title: 'Details', verb: 'logs.details', data: { id: '1' } },
        },
      ],
      emptyMessage: 'none',
      footer: 'f',
      buttons: [],
      links: [],
    });
    assertValidCard(list);
    assert.deepEqual(
      buttonsOf(list).map((b) => [b.verb, b.data.id]),
      [['logs.details', '1']],
    );
    const batch = renderProvisioningBatchCard({
      title: 'Provisioning 2 users',
      subtitle: 's',
      rows: [
        { name: 'A', state: 'success', headline: 'Created' },
        { name: 'B', state: 'running', headline: 'Provisioning…', details: ['d'] },
      ],
    });
    assertValidCard(batch);
    assert.match(cardText(batch), /✅[\s\S]*🔄/);
  });
});
