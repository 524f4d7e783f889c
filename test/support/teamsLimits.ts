import type { Activity } from 'botbuilder';

/*
 * Teams' time limits for a bot's HTTP answer, held by the tests with a margin so a bot near the edge fails here
 * first. Teams gives up on an invoke (a card's Action.Execute) after about 10-15 s and shows "Something went wrong"
 * or "Unable to reach app" under the card (MicrosoftDocs/msteams-docs #13460, #6461); Bot Service waits 15 s for
 * the answer to a message, then fails the delivery and may deliver the activity again (the Bot Framework's 15 s
 * request timeout). These are protocol rules, not speed goals: an answer after them is a failure a user sees.
 */

/** The harness fails any invoke answered after this (Teams: about 10-15 s). */
export const INVOKE_ANSWER_LIMIT_MS = 5_000;
/** The harness fails any message (or other activity) answered after this (Bot Service: 15 s). */
export const MESSAGE_ANSWER_LIMIT_MS = 10_000;

type Posted = Partial<Activity>;

export class LateAnswerError extends Error {
  constructor(
    readonly activity: string,
    readonly elapsedMs: number,
    readonly limitMs: number,
  ) {
    const teams = activity.startsWith('invoke') ? 'an invoke after about 10-15 s' : 'a message after 15 s';
    super(
      `${activity} was answered after ${(elapsedMs / 1000).toFixed(2)} s, over the ${limitMs / 1000} s the tests ` +
        `allow (Teams gives up on ${teams})`,
    );
    this.name = 'LateAnswerError';
  }
}

/** The harness's limit for the answer to this activity. */
export function answerLimitMs(activity: Posted): number {
  return activity.type === 'invoke' ? INVOKE_ANSWER_LIMIT_MS : MESSAGE_ANSWER_LIMIT_MS;
}

/** "invoke adaptiveCard/action 'runAgain' (id x)", "message 'provision Adele Vance now' (id y)": for a failure. */
export function describeActivity(activity: Posted): string {
  const verb = (activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
  const what =
    activity.type === 'invoke'
      ? `invoke ${activity.name ?? ''}${verb === undefined ? '' : ` '${String(verb)}'`}`
      : `${activity.type ?? 'activity'}${activity.text ? ` '${activity.text}'` : ''}`;
  return activity.id ? `${what} (id ${activity.id})` : what;
}

/** Throws a LateAnswerError when the answer to `activity` took longer than the harness allows. */
export function checkAnswerTime(activity: Posted, elapsedMs: number): void {
  const limit = answerLimitMs(activity);
  if (elapsedMs > limit) throw new LateAnswerError(describeActivity(activity), elapsedMs, limit);
}

/** Runs `answer` (the bot's handling of `activity`) and fails if it was answered later than Teams allows. */
export async function withinTeamsLimit<T>(activity: Posted, answer: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await answer();
  checkAnswerTime(activity, performance.now() - started);
  return result;
}

/** POSTs an activity to a bot's /api/messages as the Bot Connector does, failing when the answer is late. */
export function postActivity(botUrl: string, activity: Posted, headers: Record<string, string> = {}) {
  return withinTeamsLimit(activity, () =>
    fetch(new URL('/api/messages', botUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(activity),
    }),
  );
}
