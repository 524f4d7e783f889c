import { renderChoiceCard } from '../../../cards/choice';
import { targetName } from '../../../cards/format';
import { renderNoticeCard } from '../../../cards/notice';
import { renderOutcomeCard } from '../../../cards/outcome';
import type { AdaptiveCard, CardButton } from '../../../cards/render';
import type { ProgressState } from '../../../cards/status';
import { Verb } from '../../../cards/verbs';
import type { KnowledgeBase } from '../../../sync/knowledge/knowledgeBase';
import { provisioningLogsLink } from '../../../sync/logs/portalLinks';
import type { DirectoryUser, SyncConfiguration } from '../../../domain';
import type { ScopeCheck } from '../../../sync/provisioning/userScope';
import type { ProvisionResult } from '../../../sync/provisioning/provisioningService';
import type { UserResolution } from '../../../sync/users/resolveUser';
import { excerpt } from '../../planner/normalize';
import { progressCard } from '../../shared/workingCards';

export function subtitleOf(config: SyncConfiguration, user: DirectoryUser): string {
  return `${config.displayName} → ${targetName(config)} · ${user.userPrincipalName}`;
}

export function resultCard(
  config: SyncConfiguration,
  user: DirectoryUser,
  result: ProvisionResult,
  verbs: ReadonlySet<string>,
): AdaptiveCard {
  const { view, outcome } = result;
  const buttons: CardButton[] = [
    {
      title: 'Run again',
      verb: Verb.provisionUser,
      data: { userId: user.id, configurationId: config.servicePrincipalId },
    },
  ];
  if (view.error)
    buttons.push({
      title: `Explain ${view.error.code}`,
      verb: Verb.explainCode,
      data: { code: view.error.code, configurationId: config.servicePrincipalId },
    });
  buttons.push({
    title: 'Provisioning logs',
    verb: Verb.showLogs,
    data: { configurationId: config.servicePrincipalId },
  });
  return renderOutcomeCard({
    title: `Provisioning ${user.displayName}`,
    subtitle: subtitleOf(config, user),
    tone: view.tone,
    headline: view.headline,
    details: view.details,
    steps: view.steps,
    changes: view.changes,
    changesTitle: outcome.action === 'create' ? 'Properties set in the target' : 'Changed properties (old → new)',
    changesMode: outcome.action === 'create' ? 'set' : 'diff',
    error: view.error,
    findings: view.findings,
    buttons: buttons.filter((b) => verbs.has(b.verb)),
    links: [{ title: 'Open provisioning logs in Entra', url: provisioningLogsLink(config) }],
  });
}

/** A name that found several users, or nobody (with close names): each choice provisions that user. */
export function userChoiceCard(
  resolution: Extract<UserResolution, { kind: 'ambiguous' | 'unknown' }>,
  data: Record<string, string>,
  ask: { verb: string; buttonTitle: string; question: string } = {
    verb: Verb.provisionUser,
    buttonTitle: 'Provision',
    question: 'Which one should I provision?',
  },
): AdaptiveCard {
  const quoted = `"${excerpt(resolution.typed, 60)}"`;
  if (resolution.kind === 'unknown' && resolution.suggestions.length === 0) {
    return renderNoticeCard({
      title: `No user named ${quoted} in your tenant`,
      tone: 'warning',
      lines: [
        'I looked for that display name, user principal name, mail and alias, and for names starting like it.',
        'Try the user principal name (name@domain) or the mail address.',
      ],
    });
  }
  const users = resolution.kind === 'ambiguous' ? resolution.candidates : resolution.suggestions;
  return renderChoiceCard({
    title:
      resolution.kind === 'ambiguous' ? `Several users match ${quoted}` : `No user is named ${quoted}. Did you mean:`,
    message: resolution.kind === 'ambiguous' ? ask.question : 'These users have similar names:',
    choices: users.slice(0, 10).map((u) => ({
      title: u.displayName,
      subtitle: [u.userPrincipalName, u.department].filter(Boolean).join(' · '),
      button: { title: ask.buttonTitle, verb: ask.verb, data: { ...data, userId: u.id } },
    })),
  });
}

export function notInternalCard(
  resolution: Extract<UserResolution, { kind: 'notInternal' }>,
  kb: KnowledgeBase,
): AdaptiveCard {
  const entry = kb.explain('SourceUserNotInternalMember');
  return renderNoticeCard({
    title: `${resolution.user.displayName} cannot be provisioned`,
    subtitle: resolution.user.userPrincipalName,
    tone: 'warning',
    lines: [resolution.reason, ...(entry ? [entry.fix] : [])],
  });
}

export function invalidUserCard(resolution: Extract<UserResolution, { kind: 'invalid' }>): AdaptiveCard {
  return renderNoticeCard({
    title: 'I need a user to provision',
    tone: 'warning',
    lines: [`${resolution.reason.charAt(0).toUpperCase()}${resolution.reason.slice(1)}.`],
  });
}

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
          `Assign ${user.displayName}, or a group the user is a direct member of, to ${names}: Entra admin center > Cross-tenant synchronization > Configurations > the configuration > Users and groups > Add user/group. Nested groups do not count.`,
          `Or ask me: "add ${user.displayName} to ${checks[0]?.config.displayName ?? 'the configuration'}" (a scope change, sent for approval).`,
          ...(entry ? [`Just assigned? ${entry.fix}`] : []),
        ],
      },
    ],
    buttons: checks
      .slice(0, 3)
      .map((c) => ({
        title: `Try ${c.config.displayName} anyway`,
        verb: Verb.provisionUser,
        data: { userId: user.id, configurationId: c.config.servicePrincipalId },
      })),
  });
}

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

export function noConfigurationsCard(): AdaptiveCard {
  return renderNoticeCard({
    title: 'Nothing can provision users yet',
    tone: 'warning',
    lines: [
      'This tenant has no cross-tenant synchronization configuration with a provisioning job. Set one up first ("set up sync to <domain>").',
    ],
  });
}
