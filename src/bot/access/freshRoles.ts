import type { TurnContext } from 'botbuilder';
import { SetupVerb } from '../../cards/setupVerbs';
import { Verb } from '../../cards/verbs';
import { isCardAction } from '../turn/context';

/**
 * Clicks that change the tenant or decide for others: the clicking user's roles are read from Entra for these, never
 * from the few-minutes cache, so a role taken away stops them at once.
 */
const FRESH_VERBS: ReadonlySet<string> = new Set([
  Verb.approvalSubmit,
  Verb.approvalApprove,
  Verb.approvalRetry,
  Verb.jobAllowDeletesConfirm,
  SetupVerb.run,
  SetupVerb.changeSetting,
]);

/** "refresh my roles" (refreshRoles.ts) asks for exactly this. */
const REFRESH_COMMAND = /^\s*(?:refresh|reload|re-?read|update) (?:my )?roles\s*$/i;

export function needsFreshRoles(ctx: TurnContext): boolean {
  if (isCardAction(ctx)) {
    const verb = (ctx.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
    return typeof verb === 'string' && FRESH_VERBS.has(verb);
  }
  return typeof ctx.activity.text === 'string' && REFRESH_COMMAND.test(ctx.activity.text);
}
