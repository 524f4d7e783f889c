import { Verb } from '../../../cards/verbs';
import { CodedError, ErrorCode } from '../../../errors';
import { verifiedActor } from '../../access';
import { defineOperation } from '../../operations/operation';
import { draftCard } from '../../shared/changeRequests/previewChange';
import { sendCard } from '../../turn/reply';
import { changeButton, changeCard, changeOfButton, refreshPostedChange } from './changeCard';
import type { ChangesServices } from './services';

/**
 * "Undo": a change request with the before state as its target (the removed group assigned again), previewed with
 * its impact and submitted through the approval flow like any other; nothing changes until it is approved.
 */
export const changeUndo = defineOperation<ChangesServices>()({
  name: 'changeUndo',
  title: 'Undoing a change',
  role: 'operator',
  button: {
    verb: Verb.changeUndo,
    data: changeButton,
    run:
      (services) =>
      async ({ context, log }, { change: id }) => {
        const change = await changeOfButton(services.changes, id);
        const undo = change.undo;
        if (!undo) throw new CodedError(ErrorCode.NotSupported, `The bot cannot undo ${change.what}.`);
        const match = await services.catalog.resolve(change.configurations[0]?.displayName ?? '');
        const config = match.match;
        if (!config || config.servicePrincipalId !== change.configurations[0]?.servicePrincipalId)
          throw new CodedError(ErrorCode.StaleAction, 'That configuration no longer exists.', { change: id });
        await sendCard(
          context,
          await draftCard(context, services.requests, config, undo, `Undo of ${change.who.displayName}'s change`),
        );
        const actor = verifiedActor(context);
        const saved = await services.changes.update(id, (current) =>
          current ? { ...current, undoRequestedBy: { id: actor.id, displayName: actor.displayName } } : undefined,
        );
        log.info({ change: id, by: actor.id }, 'change undo drafted');
        if (saved) await refreshPostedChange(services, saved, log);
        return changeCard(saved ?? change, `Undo drafted by ${actor.displayName}: submit it for approval below.`);
      },
  },
});
