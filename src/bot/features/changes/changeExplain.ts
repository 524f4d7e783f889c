import { Verb } from '../../../cards/verbs';
import { formatTime } from '../../../cards/format';
import { defineOperation } from '../../operations/operation';
import { changeButton, changeCard, changeOfButton } from './changeCard';
import type { ChangesServices } from './services';

/** "Explain": what was changed where, what it does to each configuration, and how to put it back. */
export const changeExplain = defineOperation<ChangesServices>()({
  name: 'changeExplain',
  title: 'Explaining a change',
  role: 'reader',
  button: {
    verb: Verb.changeExplain,
    data: changeButton,
    run:
      (services) =>
      async ({ context }, { change: id }) => {
        const change = await changeOfButton(services.changes, id);
        const who = change.who.userPrincipalName ?? change.who.displayName;
        const lines = [
          `**${change.activity}** in ${change.tenantName}'s audit log at ${formatTime(change.at)}, by ${who}.`,
          `${change.what}: ${change.before ?? '?'} → ${change.after ?? '?'}.`,
          change.consequence,
          change.undo
            ? 'Undo asks for the assignment to be put back as it was, through the approval flow.'
            : `To put it back, change ${change.what} again in ${change.tenantName} (the bot cannot write there).`,
          `Timeline: "history ${change.configurations[0]?.displayName ?? ''}".`,
        ];
        await context.sendActivity(lines.join('\n\n'));
        return changeCard(change);
      },
  },
});
