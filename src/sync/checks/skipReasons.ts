import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { ErrorKnowledge } from '../knowledge/types';
import type { ProvisioningOutcome, ProvisioningStep } from '../../domain';

export interface SkipExplanation {
  /** Why, in plain words: "already in sync", "out of scope: …". */
  reason: string;
  knowledge?: ErrorKnowledge;
}

/**
 * Why the service skipped a user, from the skip reason and the scoping step (which clause failed,
 * whether the user was assigned), with the knowledge base entry that says how to fix it.
 */
export function explainSkip(outcome: ProvisioningOutcome, kb: KnowledgeBase): SkipExplanation {
  const code = outcome.skipReason ?? outcome.error?.code ?? '';
  if (/^RedundantExport$/i.test(code)) {
    return {
      reason: 'already in sync: the user in the source and in the target already match, so there was nothing to change',
      knowledge: kb.explain('RedundantExport'),
    };
  }
  const scopingSteps = outcome.steps.filter((s) => s.kind === 'scoping');
  const scoping = scopingSteps.find((s) => s.status !== 'success' && s.details.SkipReason) ?? scopingSteps[0];
  const failed = [...new Set(scopingSteps.flatMap(failedClauses))];
  if (failed.some((c) => /alternativeSecurityId/i.test(c))) {
    return {
      reason:
        `out of scope: the scoping filter "${failed.join('; ')}" did not pass; this user has SMS sign-in ` +
        `enabled, so an alternative security id exists`,
      knowledge: kb.explain('SmsSignInFiltered'),
    };
  }
  const said = serviceSaid(outcome, scoping);
  if (
    /NotEffectivelyEntitled|NotAssigned/i.test(code) ||
    scopingSteps.some((s) => s.details['Assigned to the application'] === 'False')
  ) {
    return {
      reason: `out of scope: ${
        said ??
        'the user is not assigned to the configuration, directly or as a direct ' + 'member of an assigned group'
      }`,
      knowledge: kb.explain('NotEffectivelyEntitled'),
    };
  }
  if (/ExternalUser|NotInternal/i.test(code))
    return {
      reason: `out of scope: ${said ?? 'only internal members are synchronized'}`,
      knowledge: kb.explain('SourceUserNotInternalMember'),
    };
  if (failed.length > 0)
    return {
      reason: `out of scope: the scoping filter "${failed.join('; ')}" did not pass`,
      knowledge: kb.explain('NotEffectivelyEntitled'),
    };
  const entry = kb.explain(code) ?? (outcome.error?.code ? kb.explain(outcome.error.code) : undefined);
  return { reason: said ?? entry?.cause ?? (code ? `skipped (${code})` : 'skipped'), knowledge: entry };
}

/** The clauses of ScopeEvaluationResult that evaluated false. */
export function failedClauses(step: ProvisioningStep | undefined): string[] {
  const raw = step?.details.ScopeEvaluationResult;
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (!parsed || typeof parsed !== 'object') return [];
    return Object.entries(parsed as Record<string, unknown>)
      .filter(([, ok]) => ok === false || ok === 'False' || ok === 'false')
      .map(([clause]) => clause)
      .slice(0, 5);
  } catch {
    return [];
  }
}

/** The service's own sentence after "will be skipped." or the error reason, without the user's name prefix. */
function serviceSaid(outcome: ProvisioningOutcome, scoping: ProvisioningStep | undefined): string | undefined {
  const skipStep = outcome.steps.find((s) => s.status === 'skipped' && s.details.SkipReason);
  const text = skipStep?.description ?? outcome.error?.reason ?? scoping?.description;
  if (!text) return undefined;
  const m = /(?:will be skipped|was skipped)[.:]\s*(.+)$/is.exec(text);
  const reason = (m ? m[1] : text).trim().replace(/\.$/, '');
  return reason ? reason.charAt(0).toLowerCase() + reason.slice(1) : undefined;
}
