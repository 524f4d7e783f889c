import { renderConfirmCard } from '../../../cards/confirm';
import { targetName } from '../../../cards/format';
import { renderNoticeCard } from '../../../cards/notice';
import type { AdaptiveCard } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import type { SyncConfiguration, SyncJob } from '../../../domain';
import type { HeldDeletes } from '../../../sync/jobs/jobService';
import { jobFacts, only } from './jobResultCard';

/** The confirmation step of "allow deletes": who is held back, and what allowing does. */
export function allowDeletesConfirmCard(config: SyncConfiguration, held: HeldDeletes): AdaptiveCard {
  const id = { configurationId: config.servicePrincipalId };
  const names = held.entries.map((e) => e.sourceDisplayName ?? e.reportableIdentifier ?? e.sourceId ?? 'a user');
  const shown = names.slice(0, 10);
  const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : '';
  const count = held.entries.length;
  return renderConfirmCard({
    title: `Allow the held-back deletions of ${config.displayName}?`,
    subtitle: `To ${targetName(config)}`,
    warnings: [
      `${count || 'Several'} user${count === 1 ? ' is' : 's are'} waiting to be deleted ` +
        `(soft-deleted, restorable for 30 days) or disabled in ${targetName(config)}. ` +
        `The deletion threshold${held.threshold ? ` (${held.threshold})` : ''} stopped them and quarantined the job.`,
      'Allowing restarts the job with ForceDeletes: the next cycle carries the deletions out. It needs two ' +
        'approvers. If they were not intended, cancel, fix the scope and restart instead.',
    ],
    facts: jobFacts(held.job),
    lines: shown.length > 0 ? [`Held back: ${shown.join(', ')}${more}.`] : [],
    confirm: { title: 'Ask for approval', verb: Verb.jobAllowDeletesConfirm, data: id },
    cancel: { title: 'Cancel', verb: Verb.jobCancel, data: { ...id, what: 'allowDeletes' } },
  });
}

/** "allow deletes" when the job holds nothing back: nothing to allow. */
export function nothingHeldCard(config: SyncConfiguration, job: SyncJob, verbs: ReadonlySet<string>): AdaptiveCard {
  return renderNoticeCard({
    title: `${config.displayName} is not holding back any deletions`,
    subtitle: `To ${targetName(config)}`,
    tone: 'default',
    lines: [
      'Allowing deletes is only needed after the accidental deletion threshold quarantined the job ' +
        '(TooManyDeletes). Nothing was changed.',
    ],
    sections: [{ title: 'Job now', facts: jobFacts(job) }],
    buttons: only(verbs, [
      { title: 'Provisioning logs', verb: Verb.showLogs, data: { configurationId: config.servicePrincipalId } },
    ]),
  });
}
