import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { CodedError, ErrorCode } from '../../errors';
import { verifiedActor } from '../access';
import { alertCard } from '../alerts/alertCard';
import { incidentButton, incidentOfButton, refreshPostedCards } from '../alerts/cardIncident';
import { alertsOf } from '../alerts/deps';
import { turnLogger } from '../turn/logger';
import { defineVerb } from './verb';

/** "Snooze 1 hour / 1 day": quiet until then, unless the incident gets worse. */
export const alertSnoozeVerb = defineVerb({
  verb: Verb.alertSnooze,
  role: 'operator',
  title: 'Snoozing an alert',
  data: incidentButton.extend({ hours: z.enum(['1', '24']) }),
  handler:
    (deps) =>
    async (ctx, _state, { incident: ref, hours }) => {
      const alerts = alertsOf(deps);
      const found = await incidentOfButton(alerts, ref);
      if (found.state !== 'open')
        throw new CodedError(ErrorCode.StaleAction, 'That alert is already over.', { incident: found.id });
      const actor = verifiedActor(ctx);
      const until = new Date(alerts.now().getTime() + Number(hours) * 3_600_000).toISOString();
      const saved = await alerts.incidents.update(found.id, (current) =>
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
      turnLogger(ctx, deps.logger).info({ incident: incident.id, by: actor.id, until }, 'alert snoozed');
      await refreshPostedCards(alerts, incident, turnLogger(ctx, deps.logger));
      return alertCard(incident, alerts.knowledge);
    },
});
