import type { Incident } from '../../../alerts/types';
import { incidentRef } from '../../../alerts/incidents/signature';
import { AlertErrorView, renderAlertCard } from '../../../cards/alert';
import type { AdaptiveCard, CardButton } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import type { KnowledgeBase } from '../../../sync/knowledge/knowledgeBase';
import { issuedNow } from '../../turn/confirmation';

/** The top error codes with cause and fix from the knowledge base (or Graph's own reason when unknown). */
export function errorViews(incident: Incident, knowledge: KnowledgeBase, limit = 3): AlertErrorView[] {
  return incident.errors.slice(0, limit).map((e) => {
    const known = knowledge.explain(e.code);
    return {
      code: e.code,
      count: e.count,
      cause: known?.cause ?? e.reason ?? 'Not in the knowledge base yet.',
      fix: known?.fix ?? 'Look at the failing entries in the provisioning logs ("show failures").',
    };
  });
}

function buttons(incident: Incident): CardButton[] {
  const ref = { incident: incidentRef(incident.id, incident.series) };
  const all: CardButton[] = [
    { title: 'Show failures', verb: Verb.alertFailures, data: ref },
    { title: 'Explain', verb: Verb.alertExplain, data: ref },
  ];
  if (incident.state === 'resolved') return all;
  return [
    ...all,
    { title: 'Restart provisioning', verb: Verb.alertRestart, data: ref },
    { title: 'Snooze 1 hour', verb: Verb.alertSnooze, data: { ...ref, hours: '1' } },
    { title: 'Snooze 1 day', verb: Verb.alertSnooze, data: { ...ref, hours: '24' } },
    ...(incident.acknowledgedBy ? [] : [{ title: 'Acknowledge', verb: Verb.alertAcknowledge, data: ref }]),
  ];
}

export function alertCard(incident: Incident, knowledge: KnowledgeBase, extra: { note?: string } = {}): AdaptiveCard {
  return renderAlertCard({
    incident,
    errors: errorViews(incident, knowledge),
    buttons: buttons(incident),
    note: extra.note,
  });
}

/** The same card asking "restart?", with only Yes and Cancel; Yes carries when it was asked (it expires). */
export function restartConfirmCard(incident: Incident, knowledge: KnowledgeBase, now: Date): AdaptiveCard {
  const ref = { incident: incidentRef(incident.id, incident.series) };
  return renderAlertCard({
    incident,
    errors: errorViews(incident, knowledge),
    confirm:
      `Restart provisioning of ${incident.configurationName}? This clears the job's errors (escrows), ` +
      'takes it out of quarantine and starts a new cycle. Pending deletes stay held back.',
    buttons: [
      { title: 'Yes, restart', verb: Verb.alertRestartConfirm, data: { ...ref, ...issuedNow(now) } },
      { title: 'Cancel', verb: Verb.alertRestartCancel, data: ref },
    ],
  });
}
