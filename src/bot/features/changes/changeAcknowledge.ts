import { Verb } from '../../../cards/verbs';
import { verifiedActor } from '../../access';
import { defineOperation } from '../../operations/operation';
import { changeButton, changeCard, changeOfButton, refreshPostedChange } from './changeCard';
import type { ChangesServices } from './services';

/** "Acknowledge": records who took the change (the verified user, not the card's claim). */
export const changeAcknowledge = defineOperation<ChangesServices>()({
  name: 'changeAcknowledge',
  title: 'Acknowledging a change',
  role: 'reader',
  button: {
    verb: Verb.changeAcknowledge,
    data: changeButton,
    run:
      (services) =>
      async ({ context, log }, { change: id }) => {
        await changeOfButton(services.changes, id);
        const actor = verifiedActor(context);
        const at = services.now().toISOString();
        const saved = await services.changes.update(id, (current) =>
          current && !current.acknowledgedBy
            ? {
                ...current,
                state: 'acknowledged',
                acknowledgedBy: { id: actor.id, displayName: actor.displayName, at },
              }
            : undefined,
        );
        const change = saved ?? (await changeOfButton(services.changes, id));
        log.info({ change: id, by: actor.id }, 'change acknowledged');
        await refreshPostedChange(services, change, log);
        return changeCard(change);
      },
  },
});
