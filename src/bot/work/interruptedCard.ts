import { renderOutcomeCard } from '../../cards/outcome';
import type { AdaptiveCard, CardButton } from '../../cards/render';
import { Verb } from '../../cards/verbs';
import type { RunAgain } from './workRecords';

/** Why the work stopped, in the words the card shows. */
export type Interruption = 'restart' | 'shutdown';

const SAID: Record<Interruption, string> = {
  restart: 'The bot restarted before this finished, so the result never came.',
  shutdown: 'The bot was stopped before this finished, so the result never came.',
};

/**
 * What a card left working says once its work is known to be gone. Whatever had reached Microsoft Graph may have
 * been done: Run again asks again (a user already provisioned is matched, not created twice).
 */
export function interruptedCard(title: string, why: Interruption, again: RunAgain | undefined): AdaptiveCard {
  const buttons: CardButton[] = again ? [{ title: 'Run again', verb: Verb.workRunAgain, data: { ...again } }] : [];
  return renderOutcomeCard({
    title,
    tone: 'warning',
    headline: 'Interrupted',
    details: [
      SAID[why],
      again ? 'Check the result in the provisioning logs, or run it again.' : 'Ask again in a new message.',
    ],
    buttons,
  });
}
