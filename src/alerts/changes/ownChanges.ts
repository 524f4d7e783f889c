import type { DirectoryAuditEntry } from '../../domain';

/** The bot's identities in one tenant: the app ids it calls Graph with (and its service principal, when known). */
export interface BotIdentity {
  appIds: readonly string[];
  servicePrincipalIds?: readonly string[];
}

/**
 * The bot's own doing: an entry its app initiated, or one a person initiated through the bot's app (on-behalf-of
 * calls: Entra names the person as initiator and the app in additionalDetails' AppId). Either way the bot recorded
 * the change as its own operation (an approval, a setting), so it is not an outside change.
 */
export function isBotsOwn(entry: DirectoryAuditEntry, bot: BotIdentity): boolean {
  const appIds = new Set(bot.appIds.map((id) => id.toLowerCase()));
  const initiator = entry.initiatedBy;
  if (initiator.kind === 'app') {
    if (initiator.appId && appIds.has(initiator.appId.toLowerCase())) return true;
    const sp = initiator.servicePrincipalId?.toLowerCase();
    return sp !== undefined && (bot.servicePrincipalIds ?? []).some((id) => id.toLowerCase() === sp);
  }
  const through = entry.details.AppId ?? entry.details.appId;
  return through !== undefined && appIds.has(through.toLowerCase());
}

/** Who made the change, for a card: the person's name (and UPN), else the app's name. */
export function initiatorName(entry: DirectoryAuditEntry): { displayName: string; userPrincipalName?: string } {
  const i = entry.initiatedBy;
  if (i.kind === 'user')
    return { displayName: i.displayName ?? i.userPrincipalName ?? 'someone', userPrincipalName: i.userPrincipalName };
  return { displayName: i.displayName ? `the app ${i.displayName}` : `the app ${i.appId ?? 'unknown'}` };
}
