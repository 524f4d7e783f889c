import { renderNoticeCard } from '../../../cards/notice';
import type { AdaptiveCard } from '../../../cards/render';
import type { KnowledgeBase } from '../../../sync/knowledge/knowledgeBase';
import type { UserResolution } from '../../../sync/users/resolveUser';

/** A user who is not an internal member of the tenant: cross-tenant sync cannot provision them. */
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

/** Text that cannot name a user. */
export function invalidUserCard(resolution: Extract<UserResolution, { kind: 'invalid' }>): AdaptiveCard {
  return renderNoticeCard({
    title: 'I need a user to provision',
    tone: 'warning',
    lines: [`${resolution.reason.charAt(0).toUpperCase()}${resolution.reason.slice(1)}.`],
  });
}
