import { ActivityTypes, TurnContext } from 'botbuilder';
import { CodedError, ErrorCode } from '../../../errors';
import type { Logger } from '../../../logging';
import { actingUserOf } from '../../access';
import { renderErrorCard } from '../../../cards/error';
import { reportError } from '../../errors/replyWithError';
import { sendCard } from '../../turn/reply';
import { turnLogger } from '../../turn/logger';
import type { SignInBotDeps } from './services';
import { signInCard } from './signInCard';

interface TokenExchangeRequest {
  id?: string;
  connectionName?: string;
  token?: string;
}

/**
 * signin/tokenExchange: Teams hands over the person's SSO token. It is exchanged once on their behalf (Entra checks
 * it) and held in memory for their changes; the answer tells Teams it worked (200) or to show the sign-in button
 * (412). The token appears in no log line, no card and no storage.
 */
export function tokenExchange(deps: SignInBotDeps, logger: Logger) {
  return async (ctx: TurnContext): Promise<void> => {
    const log = turnLogger(ctx, logger).child({ invoke: 'signin/tokenExchange' });
    const request = (ctx.activity.value ?? {}) as TokenExchangeRequest;
    const answer = (status: number, failureDetail?: string) =>
      ctx.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: { status, body: { id: request.id, connectionName: request.connectionName ?? '', failureDetail } },
      });
    try {
      if (typeof request.token !== 'string' || request.token.length === 0)
        throw new CodedError(ErrorCode.SignInRequired, 'Teams sent a sign-in without a token.');
      await deps.tokens.signIn(actingUserOf(ctx), request.token);
      await answer(200);
      await ctx.sendActivity('You are signed in: changes you ask for are made with your own Microsoft Entra account.');
    } catch (error) {
      const report = reportError(error, log);
      await answer(412, report.view.title);
      // What Entra wants (MFA, consent) is said in words; a plain failure leaves Teams' sign-in button to the person.
      if (error instanceof CodedError && error.code === ErrorCode.EntraChallenge)
        await sendCard(ctx, renderErrorCard({ ...report.view, references: report.references }));
    }
  };
}

/** signin/verifyState: the person finished the sign-in page; Teams can now get their token silently. */
export function verifyState(deps: SignInBotDeps) {
  return async (ctx: TurnContext): Promise<void> => {
    await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
    await ctx.sendActivity({ attachments: [signInCard(deps)] });
  };
}
