import template from '../../cards/approval-preview.json';
import { describeChange, describeImpact } from '../approvals/describe';
import type { ApprovalDraft } from '../approvals/model';
import { MAX_IMPACT_LINES } from './approvalRequest';
import { boundedLines, PARAGRAPH_CHARS } from './messageBudget';
import { AdaptiveCard, renderTemplate } from './render';
import { Verb } from './verbs';

/** What the requester sees before submitting: the change and its impact, with Submit (or where it went). */
export function renderApprovalPreviewCard(
  draft: ApprovalDraft,
  options: { submittedTo?: string; ttlHours: number },
): AdaptiveCard {
  return renderTemplate('approval-preview', template, {
    title: options.submittedTo ? 'Submitted for approval' : 'Review this change before submitting it',
    facts: [
      { title: 'Configuration', value: draft.configurationName },
      { title: 'Change', value: describeChange(draft.change, draft.configurationName) },
      { title: 'Reason', value: draft.reason ?? 'None given' },
    ],
    impact: boundedLines(describeImpact(draft.impact), MAX_IMPACT_LINES, PARAGRAPH_CHARS).map((line) => ({ line })),
    footer: options.submittedTo
      ? `The approval card is in ${options.submittedTo}. I will tell you here when it is decided.`
      : `Nothing changes until someone with the approver role approves it. The request expires after ` +
        `${options.ttlHours} hours.`,
    showSubmit: !options.submittedTo,
    submitVerb: Verb.approvalSubmit,
    draftId: draft.id,
  });
}
