import { randomUUID } from 'node:crypto';
import { ActivityTypes, INVOKE_RESPONSE_KEY, TurnContext } from 'botbuilder';
import { renderErrorCard } from '../../cards/error';
import type { Fact } from '../../cards/render';
import { isCoded } from '../../errors';
import type { Logger } from '../../logging';
import { isCardAction } from '../turn/context';
import { noteRefusal } from '../turn/outcome';
import { sendCard } from '../turn/reply';
import { Audience, audienceOf } from '../turn/audience';
import { describeError, ErrorView } from './describeError';

export interface ErrorReport {
  view: ErrorView;
  /** Graph request id and, for unexpected failures, the correlation id of the log line. */
  references: Fact[];
}

/** Describes a failure for `audience` and logs it once, in full. */
export function reportError(error: unknown, log: Logger, audience: Audience = 'other'): ErrorReport {
  const view = describeError(error, audience);
  // Set-up failures shown without their details get a reference to the full log line.
  const correlationId =
    view.code === 'Unexpected' || (audience !== 'operator' && isCoded(error) && view.message !== error.message)
      ? randomUUID()
      : undefined;
  const fields: Record<string, unknown> = { code: view.code, requestId: view.requestId, correlationId };
  if (isCoded(error)) {
    Object.assign(fields, {
      graphCode: error.details.graphCode,
      status: error.details.status,
      approvalRequestId: error.details.approvalRequestId,
      errorMessage: error.message,
    });
    if (view.logLevel === 'error' && error.cause) fields.err = error.cause;
  } else {
    fields.err = error;
  }
  log[view.logLevel](
    fields,
    view.code === 'Unexpected' ? 'turn failed unexpectedly' : `request not served: ${view.title}`,
  );
  const references: Fact[] = [];
  if (view.requestId) references.push({ title: 'Graph request id', value: view.requestId });
  if (correlationId) references.push({ title: 'Reference', value: correlationId });
  return { view, references };
}

/** The failure as one line of text, for invoke answers (the clicked card stays as it was). */
export function errorText({ view, references }: ErrorReport): string {
  return [view.title, view.message, view.action, ...references.map((r) => `${r.title}: ${r.value}`)]
    .filter((part) => part.length > 0)
    .map((part) => part.replace(/[.\s]+$/, ''))
    .join('. ')
    .concat('.');
}

/** For card verbs: log, and answer with the text teams-ai returns as the invoke's message. */
export function answerCardError(error: unknown, log: Logger, ctx: TurnContext): string {
  const report = reportError(error, log, audienceOf(ctx));
  noteRefusal(ctx, report.view.code);
  return errorText(report);
}

/** Tells the user what went wrong and what to do: an error card for messages, the invoke answer for card clicks. */
export async function replyWithError(ctx: TurnContext, error: unknown, log: Logger): Promise<ErrorReport> {
  const report = reportError(error, log, audienceOf(ctx));
  noteRefusal(ctx, report.view.code);
  if (isCardAction(ctx) && !ctx.turnState.get(INVOKE_RESPONSE_KEY)) {
    await ctx.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: {
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: errorText(report) },
      },
    });
  } else if (ctx.activity.type === ActivityTypes.Message) {
    await sendCard(ctx, renderErrorCard({ ...report.view, references: report.references }));
  }
  return report;
}
