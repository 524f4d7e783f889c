import type { ProvisioningAction, ProvisioningStep, StepKind, StepResult } from '../../domain';

/**
 * Provisioning logs use camelCase enum values (create, stagedDelete, import), provisionOnDemand
 * uses PascalCase (Create, Import, Success), and some documented examples mix them. These accept
 * either and answer the domain's camelCase.
 */
const ACTIONS: readonly ProvisioningAction[] = ['create', 'update', 'delete', 'disable', 'stagedDelete', 'other'];
const KINDS: readonly StepKind[] = ['import', 'scoping', 'matching', 'processing', 'referenceResolution', 'export'];
const RESULTS: readonly StepResult[] = ['success', 'failure', 'skipped', 'warning'];

function camel(value: string | null | undefined): string {
  const text = (value ?? '').trim();
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function toAction(value: string | null | undefined): ProvisioningAction {
  const action = camel(value);
  return ACTIONS.includes(action as ProvisioningAction) ? (action as ProvisioningAction) : 'other';
}

export function toStepKind(value: string | null | undefined): StepKind {
  const kind = camel(value);
  return KINDS.includes(kind as StepKind) ? (kind as StepKind) : 'processing';
}

export function toResult(value: string | null | undefined, fallback: StepResult = 'warning'): StepResult {
  const result = camel(value);
  if (result === 'failed') return 'failure';
  return RESULTS.includes(result as StepResult) ? (result as StepResult) : fallback;
}

/** Step details are an open type: values may be strings, numbers, booleans or objects. */
export function stringDetails(details: Record<string, unknown> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(details ?? {})) {
    if (value === null || value === undefined) out[key] = '';
    else out[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return out;
}

/** One step, whichever API it came from (`type` in provisionOnDemand, `provisioningStepType` in logs). */
export function toStep(step: {
  name?: string;
  kind?: string;
  status?: string;
  description?: string | null;
  details?: Record<string, unknown> | null;
}): ProvisioningStep {
  return {
    name: step.name ?? '',
    kind: toStepKind(step.kind),
    status: toResult(step.status, 'success'),
    description: step.description ?? '',
    details: stringDetails(step.details),
  };
}

/** The reason of the first skipped step that names one (e.g. RedundantExport). */
export function skipReasonOf(steps: ProvisioningStep[]): string | undefined {
  return steps.find((s) => s.status === 'skipped' && s.details.SkipReason)?.details.SkipReason;
}
