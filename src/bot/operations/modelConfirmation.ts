import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { renderConfirmCard } from '../../cards/confirm';
import { renderNoticeCard } from '../../cards/notice';
import type { AdaptiveCard } from '../../cards/render';
import { Verb } from '../../cards/verbs';
import type { Logger } from '../../logging';
import { checkConfirmationAge, issuedAt, issuedNow } from '../turn/confirmation';
import { sendCard } from '../turn/reply';
import type { CommandDeclaration } from './operation';

/**
 * What the model picks is a suggestion until the person confirms it: every action that needs more than the reader
 * role (it changes something, or drafts a request) is shown on a confirmation card instead of running.
 */
export function needsConfirmation(command: CommandDeclaration): boolean {
  return command.role !== 'reader';
}

/** The confirm button's data: the action and its parameters as the model chose them, checked again on the click. */
export const ModelConfirmData = z
  .object({
    action: z.string().max(100),
    parameters: z.string().max(4000),
    issuedAt,
  })
  .strict();

export async function askToConfirm(
  context: TurnContext,
  command: CommandDeclaration,
  parameters: Record<string, unknown>,
  log: Logger,
): Promise<void> {
  const facts = Object.entries(parameters)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([title, v]) => ({ title, value: typeof v === 'string' ? v : JSON.stringify(v) }));
  log.info({ action: command.name, parameters }, 'model-picked action waits for confirmation');
  await sendCard(
    context,
    renderConfirmCard({
      title: `${command.title}?`,
      subtitle: 'I understood your message as this request',
      warnings: ['Nothing has been done yet. Check the details and confirm, or cancel and type the command instead.'],
      facts,
      confirm: {
        title: 'Do it',
        verb: Verb.modelConfirm,
        data: { action: command.name, parameters: JSON.stringify(parameters), ...issuedNow() },
      },
      cancel: { title: 'Cancel', verb: Verb.modelCancel, data: { action: command.name } },
    }),
  );
}

/** The confirmation is refused after its TTL; a fresh one goes through the same role and parameter checks. */
export function confirmedCall(
  data: z.infer<typeof ModelConfirmData>,
  ttlHours: number,
): { action: string; parameters: unknown } {
  checkConfirmationAge(data.issuedAt, ttlHours);
  let parameters: unknown;
  try {
    parameters = JSON.parse(data.parameters);
  } catch {
    parameters = undefined;
  }
  return { action: data.action, parameters };
}

export function confirmedCard(command: CommandDeclaration): AdaptiveCard {
  return renderNoticeCard({ title: `${command.title}: confirmed`, tone: 'default', lines: ['Done as shown below.'] });
}

export function cancelledCard(): AdaptiveCard {
  return renderNoticeCard({ title: 'Cancelled', tone: 'default', lines: ['Nothing was done.'] });
}
