import template from '../../cards/settings.json';
import type { SyncSettings } from '../domain';
import { applyWhen, describeSource, SettingsView } from '../sync/settings';
import type { AttributeMapping } from '../domain';
import { AdaptiveCard, CardButton, Fact, renderTemplate } from './render';

/** The secrets-backed settings, as the portal's Settings section words them. */
export function settingFacts(s: SyncSettings): Fact[] {
  return [
    {
      title: 'Scope',
      value: s.scopeMode === 'allUsers' ? 'Sync all users and groups' : 'Sync only assigned users and groups',
    },
    {
      title: 'Prevent accidental deletion',
      value: s.deleteThresholdEnabled
        ? `On, threshold ${s.deleteThresholdValue ?? 500}`
        : `Off${s.deleteThresholdValue !== undefined ? ` (threshold ${s.deleteThresholdValue} kept)` : ''}`,
    },
    { title: 'Failure notifications', value: s.notificationsEnabled ? 'On' : 'Off' },
    { title: 'Notification e-mail', value: s.notificationEmail ?? 'none' },
  ];
}

function mappingFact(title: string, m: AttributeMapping | undefined): Fact {
  if (!m) return { title, value: 'not mapped' };
  const source =
    m.sourceType === 'Constant'
      ? `"${m.source}"`
      : m.sourceType === 'Attribute'
        ? `[${m.source}]`
        : describeSource({ type: m.sourceType, expression: m.source });
  return { title, value: `${source}, applied ${applyWhen(m.flowType)}` };
}

export function renderSettingsCard(view: SettingsView, buttons: CardButton[] = []): AdaptiveCard {
  return renderTemplate('settings', template, {
    title: `Settings of ${view.name}`,
    subtitle: 'Changes to scope and mappings need approval; the others need the operator role and a confirmation.',
    sections: [
      { title: 'Provisioning settings', note: '', facts: settingFacts(view.settings) },
      {
        title: 'Attribute mappings that matter',
        note: '',
        facts: [
          mappingFact('userType', view.userType),
          mappingFact('showInAddressList', view.showInAddressList),
          mappingFact('displayName', view.displayName),
        ],
      },
    ],
    outcome: 'To change',
    outcomeStyle: 'default',
    next: [
      `set deletion threshold on ${view.name} to 50 · turn off deletion threshold on ${view.name}`,
      `turn on notifications for ${view.name} · set notification email on ${view.name} to admin@contoso.com`,
      `sync all users in ${view.name} · set user type to Guest on ${view.name} (approval)`,
      `set display name suffix on ${view.name} to Contoso · hide synced users from the address list on ${view.name} ` +
        `(approval)`,
    ].map((text) => ({ text })),
    buttons,
  });
}

/** Before and after of a direct change, with the confirm button; or the result once applied. */
export function renderSettingChangeCard(model: {
  name: string;
  what: string;
  before: SyncSettings;
  after: SyncSettings;
  state: 'confirm' | 'applied' | 'unchanged';
  buttons: CardButton[];
}): AdaptiveCard {
  const before = settingFacts(model.before);
  const after = settingFacts(model.after);
  const changed = after
    .filter((f, i) => f.value !== before[i].value)
    .map((f) => ({ title: f.title, value: `${before.find((b) => b.title === f.title)!.value} → ${f.value}` }));
  const outcome = {
    confirm: { text: `Confirm to ${model.what}. Every other setting stays as it is.`, style: 'default' },
    applied: { text: `Done: ${model.what}. Every other setting was kept.`, style: 'good' },
    unchanged: { text: 'Nothing to change: the configuration already has this setting.', style: 'default' },
  }[model.state];
  return renderTemplate('settings', template, {
    title: `${model.name}: ${model.what}`,
    subtitle: 'Provisioning settings (secrets; Graph replaces them whole, so the bot writes every value back).',
    sections: [
      {
        title: model.state === 'confirm' ? 'Change' : 'Changed',
        note: '',
        facts: changed.length > 0 ? changed : [{ title: 'No change', value: 'already set' }],
      },
    ],
    outcome: outcome.text,
    outcomeStyle: outcome.style,
    next: [],
    buttons: model.buttons,
  });
}
