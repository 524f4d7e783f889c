import { renderChoiceCard } from '../../../cards/choice';
import { targetName } from '../../../cards/format';
import { renderNoticeCard } from '../../../cards/notice';
import type { AdaptiveCard } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import type { DirectoryUser, SyncConfiguration } from '../../../domain';
import type { KnowledgeBase } from '../../../sync/knowledge/knowledgeBase';
import type { ScopeCheck } from '../../../sync/provisioning/userScope';
import { excerpt } from '../../planner/normalize';

/** Several configurations hold the user: one button each. */
export function configurationChoiceCard(user: DirectoryUser, checks: ScopeCheck[]): AdaptiveCard {
  return renderChoiceCard({
    title: `${user.displayName} is in scope of ${checks.length} configurations`,
    message: 'Which one should provision the user now?',
    choices: checks.map((c) => ({
      title: c.config.displayName,
      subtitle: `To ${targetName(c.config)} · ${c.reason}`,
      button: {
        title: 'Provision here',
        verb: Verb.provisionUser,
        data: { userId: user.id, configurationId: c.config.servicePrincipalId },
      },
    })),
  });
}

/** Nobody's scope holds the user: why, per configuration, and how to add the user to one. */
export function outOfScopeCard(user: DirectoryUser, checks: ScopeCheck[], kb: KnowledgeBase): AdaptiveCard {
  const entry = kb.explain('NotEffectivelyEntitled');
  const names = checks.map((c) => c.config.displayName).join(' or ');
  return renderNoticeCard({
    title:
      checks.length === 1
        ? `${user.displayName} is not in the scope of ${checks[0].config.displayName}`
        : `${user.displayName} is not in the scope of any configuration`,
    subtitle: user.userPrincipalName,
    tone: 'warning',
    lines: ['Provisioning now would only skip the user. Nothing was changed.'],
    sections: [
      { title: 'Why', lines: checks.map((c) => `${c.config.displayName} (to ${targetName(c.config)}): ${c.reason}.`) },
      {
        title: 'How to add the user to scope',
        lines: [
          `Assign ${user.displayName}, or a group the user is a direct member of, to ${names}: ` +
            'Entra admin center > Cross-tenant synchronization > Configurations > the configuration > ' +
            'Users and groups > Add user/group. Nested groups do not count.',
          `Or ask me: "add ${user.displayName} to ${checks[0]?.config.displayName ?? 'the configuration'}" ` +
            '(a scope change, sent for approval).',
          ...(entry ? [`Just assigned? ${entry.fix}`] : []),
        ],
      },
    ],
    buttons: checks.slice(0, 3).map((c) => ({
      title: `Try ${c.config.displayName} anyway`,
      verb: Verb.provisionUser,
      data: { userId: user.id, configurationId: c.config.servicePrincipalId },
    })),
  });
}

/** "to Fabrikam" named no configuration nor target tenant: the ones that exist. */
export function unknownTargetCard(typed: string, known: SyncConfiguration[]): AdaptiveCard {
  return renderNoticeCard({
    title: `No configuration is named or targets "${excerpt(typed, 60)}"`,
    tone: 'warning',
    lines: ['These are the configurations I know; say "provision <user> to <configuration or target tenant>":'],
    sections: [
      { title: 'Configurations', facts: known.map((c) => ({ title: c.displayName, value: `to ${targetName(c)}` })) },
    ],
  });
}

/** The tenant has no configuration with a provisioning job. */
export function noConfigurationsCard(): AdaptiveCard {
  return renderNoticeCard({
    title: 'Nothing can provision users yet',
    tone: 'warning',
    lines: [
      'This tenant has no cross-tenant synchronization configuration with a provisioning job. ' +
        'Set one up first ("set up sync to <domain>").',
    ],
  });
}
