import { explainSkip } from '../checks/skipReasons';
import type { Finding } from '../checks/findings';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type {
  MappingSet,
  ModifiedProperty,
  ProvisioningOutcome,
  ProvisioningStep,
  StepKind,
  StepResult,
} from '../../domain';

export interface OutcomeContext {
  userName: string;
  /** The target tenant's name ("Fabrikam"). */
  targetName: string;
  configName: string;
  /** The configuration's attribute mappings, to say why a matched guest stays Guest. */
  mappings?: MappingSet;
  /** Tenant settings checked for a failure. */
  findings?: Finding[];
}

export type OutcomeResult =
  'created' | 'updated' | 'deleted' | 'disabled' | 'inSync' | 'skipped' | 'held' | 'failed' | 'other';

export interface StepView {
  /** Import, Scoping, Matching, Action. */
  label: string;
  status: StepResult;
  text: string;
}

export interface ErrorView {
  code: string;
  title: string;
  cause: string;
  fix: string;
  /** What the service itself said (reason, additional details, recommended action). */
  serviceSaid: string[];
}

/** A provisioning result in plain words: what happened, in which tenant, as what, and what to do. */
export interface OutcomeView {
  result: OutcomeResult;
  tone: 'good' | 'warning' | 'attention';
  headline: string;
  details: string[];
  steps: StepView[];
  changes: ModifiedProperty[];
  error?: ErrorView;
  findings: Finding[];
}

const STEP_LABELS: Record<StepKind, string> = {
  import: 'Import',
  scoping: 'Scoping',
  matching: 'Matching',
  processing: 'Processing',
  referenceResolution: 'References',
  export: 'Action',
};

/** Properties that say nothing to an admin (ids and bookkeeping the service reports). */
const NOISE = new Set(['objectid', 'issoftdeleted', 'approleassignments']);
const MAX_CHANGES = 20;

/** The admin's name of a step kind: Import, Scoping, Matching, Action. */
export function stepLabel(kind: StepKind): string {
  return STEP_LABELS[kind] ?? kind;
}

export function describeOutcome(outcome: ProvisioningOutcome, ctx: OutcomeContext, kb: KnowledgeBase): OutcomeView {
  const { userName: who, targetName: where } = ctx;
  const steps = outcome.steps.map((s) => ({ label: stepLabel(s.kind), status: s.status, text: stepText(s) }));
  const changes = outcome.modifiedProperties
    .filter((p) => !NOISE.has(p.name.toLowerCase()) && p.oldValue !== p.newValue)
    .slice(0, MAX_CHANGES);
  const base = { steps, changes, findings: ctx.findings ?? [] };
  const userType = userTypeOf(outcome);

  if (outcome.status === 'failure') {
    const code = outcome.error?.code ?? 'UnknownError';
    const entry = kb.explain(code);
    const verb =
      outcome.action === 'create'
        ? 'create'
        : outcome.action === 'update'
          ? 'update'
          : outcome.action === 'delete'
            ? 'delete'
            : 'provision';
    const serviceSaid = [
      outcome.error?.reason,
      outcome.error?.additionalDetails,
      outcome.error?.recommendedAction,
    ].filter((s): s is string => !!s);
    const wrong = (ctx.findings ?? []).filter((f) => f.state === 'wrong');
    const details =
      wrong.length > 0 ? wrong.map((f) => `${f.tenant} (${f.side} tenant): ${f.setting} ${f.observed}.`) : [];
    return {
      ...base,
      result: 'failed',
      tone: 'attention',
      headline: `Failed: could not ${verb} ${who} in ${where} (${code})`,
      details,
      error: {
        code,
        title: entry?.title ?? code,
        cause: entry?.cause ?? outcome.error?.reason ?? 'The provisioning service did not say why.',
        fix:
          wrong.length > 0
            ? wrong
                .map((f) => f.fix)
                .filter(Boolean)
                .join(' ') ||
              (entry?.fix ?? '')
            : (entry?.fix ?? outcome.error?.recommendedAction ?? 'Check the provisioning logs for this user.'),
        serviceSaid,
      },
    };
  }
  if (outcome.action === 'stagedDelete') {
    return {
      ...base,
      result: 'held',
      tone: 'warning',
      headline: `Held back: deleting ${who} in ${where} waits for approval (accidental deletion threshold)`,
      details: ['Allow the held-back deletions with "allow deletes", or fix the scope and restart.'],
    };
  }
  if (outcome.status === 'skipped' || (outcome.action === 'other' && outcome.status !== 'success')) {
    const skip = explainSkip(outcome, kb);
    const inSync = /^already in sync/.test(skip.reason);
    return {
      ...base,
      result: inSync ? 'inSync' : 'skipped',
      tone: inSync ? 'good' : 'warning',
      headline: inSync
        ? `No change: ${who} is already in sync in ${where}`
        : `Skipped: ${who} was not provisioned to ${where}`,
      details: [capitalize(skip.reason) + '.', ...(!inSync && skip.knowledge ? [`Fix: ${skip.knowledge.fix}`] : [])],
    };
  }
  switch (outcome.action) {
    case 'create':
      return {
        ...base,
        result: 'created',
        tone: 'good',
        headline: `Created ${who} in ${where}${userType ? ` as ${userType}` : ''}`,
        details: createdDetails(changes),
      };
    case 'update':
    case 'other':
      return {
        ...base,
        result: outcome.action === 'update' ? 'updated' : 'other',
        tone: 'good',
        headline: `Updated ${who} in ${where}${userType ? ` (${userType})` : ''}`,
        details: matchedDetails(outcome, ctx, changes),
      };
    case 'disable':
      return {
        ...base,
        result: 'disabled',
        tone: 'warning',
        headline: `Disabled ${who} in ${where}`,
        details: ['The user is blocked from signing in to the target, not deleted.'],
      };
    case 'delete':
      return {
        ...base,
        result: 'deleted',
        tone: 'warning',
        headline: `Deleted ${who} in ${where} (soft delete, restorable for 30 days)`,
        details: [],
      };
  }
  return { ...base, result: 'other', tone: 'good', headline: `Provisioned ${who} to ${where}`, details: [] };
}

/** The service's words for a step; a passed scoping step says in plain words what passed. */
function stepText(step: ProvisioningStep): string {
  if (step.kind === 'scoping' && step.status === 'success') {
    const passed = [
      'Active in the source system',
      'Assigned to the application',
      'Scoping filter evaluation passed',
    ].filter((k) => step.details[k] === 'True');
    if (passed.length === 3)
      return 'In scope: the user is active, assigned to the configuration and passes the scoping filters.';
  }
  return step.description || step.name;
}

/** Member or Guest: what the target user is (or was created as), from the properties or the steps. */
function userTypeOf(outcome: ProvisioningOutcome): string | undefined {
  const changed = outcome.modifiedProperties.find((p) => p.name === 'userType')?.newValue;
  if (changed) return changed;
  for (const step of [...outcome.steps].reverse()) {
    const value = step.details.userType ?? step.details.TargetUserType;
    if (value) return value;
  }
  return undefined;
}

function matchedDetails(outcome: ProvisioningOutcome, ctx: OutcomeContext, changes: ModifiedProperty[]): string[] {
  const out: string[] = [];
  const matching = outcome.steps.find((s) => s.kind === 'matching');
  const wasGuest = (matching?.details.TargetUserType ?? '').toLowerCase() === 'guest';
  const typeChange = changes.find((c) => c.name === 'userType');
  if (wasGuest) {
    out.push(
      `${ctx.userName} already existed in ${ctx.targetName} as a B2B guest: sync matched that user (on ` +
        `alternativeSecurityIds) instead of creating a second one.`,
    );
    const flow = ctx.mappings?.attributeMappings.find((m) => m.targetAttributeName === 'userType');
    if (!typeChange && (flow?.flowType === 'ObjectAddOnly' || !flow)) {
      out.push(
        `The user stays Guest: the userType mapping of ${ctx.configName} applies only when a user is created. Set ` +
          `"Apply this mapping" to Always to turn matched guests into members.`,
      );
    }
  }
  if (typeChange)
    out.push(`userType changed from ${typeChange.oldValue ?? '(empty)'} to ${typeChange.newValue ?? '(empty)'}.`);
  if (changes.length > 0) out.push(`${changes.length} propert${changes.length === 1 ? 'y' : 'ies'} changed.`);
  return out;
}

function createdDetails(changes: ModifiedProperty[]): string[] {
  return changes.length > 0
    ? [`${changes.length} propert${changes.length === 1 ? 'y was' : 'ies were'} set from the attribute mappings.`]
    : [];
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
