import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import { CodedError, ErrorCode } from '../../../errors';
import { verifiedActor } from '../../access';
import { defineOperation } from '../../operations/operation';
import { alertCard } from './alertCard';
import { incidentButton, incidentOfButton, refreshPostedCards } from './cardIncident';
import type { AlertsServices } from './services';

/** "Snooze 1 hour / 1 day": quiet until then, unless the incident gets worse. */
export const alertSnooze = defineOperation<AlertsServices>()({
  name: 'alertSnooze',
  title: 'Snoozing an alert',
  role: 'operator',
  button: {
    verb: Verb.alertSnooze,
    data: incidentButton.extend({ hours: z.enum(['1', '24']) }),
    run:
      (services) =>
      async ({ context, log }, { incident: ref, hours }) => {
        const found = await incidentOfButton(services, ref);
        if (found.state !== 'open')
          throw new CodedError(ErrorCode.StaleAction, 'That alert is already over.', { incident: found.id });
        const actor = verifiedActor(context);
        const until = new Date(services.now().getTime() + Number(hours) * 3_600_000).toISOString();
        const saved = await services.incidents.update(found.id, (current) =>
          current && current.series === found.series && current.state === 'open'
            ? {
                ...current,
                snoozedUntil: until,
                snoozedBy: { id: actor.id, displayName: actor.displayName },
                snoozedAtSeverity: current.severity,
              }
            : undefined,
        );
        const incident = saved ?? found;
        log.info({ incident: incident.id, by: actor.id, until }, 'alert snoozed');
        await refreshPostedCards(services, incident, log);
        return alertCard(incident, services.knowledge);
      },
  },
});
