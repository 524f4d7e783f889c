import template from '../../cards/setup.json';
import type { CheckState, SetupPlan, SetupRun, SetupStep, StepState } from '../sync/setup';
import { andMore, clip, firstOf, LINE_CHARS, NAME_CHARS } from './messageBudget';
import { AdaptiveCard, CardButton, Fact, renderTemplate } from './render';

/** Existing configurations to the target the card lists at most (usually one). */
const MAX_EXISTING = 5;

const CHECK_WORDS: Record<CheckState, string> = {
  ok: '✅ in place',
  missing: '❌ missing',
  unknown: '❔ cannot check',
};
const STEP_WORDS: Record<StepState, string> = {
  pending: '… to do',
  running: '⏳ running',
  done: '✅ done',
  present: '✅ already there',
  conflict: '⛔ not done',
  failed: '❌ failed',
  skipped: '➖ skipped',
};

export interface SetupCardModel {
  plan: SetupPlan;
  /** Absent before confirmation; the steps so far while running; all of them at the end. */
  steps?: SetupStep[];
  run?: SetupRun;
  buttons: CardButton[];
}

const tenant = (t: { displayName?: string; defaultDomainName?: string; tenantId: string }) =>
  t.displayName ?? t.defaultDomainName ?? t.tenantId;

/** One card for the whole setup: what exists and what is missing, then each step as it runs, then the outcome. */
export function renderSetupCard(model: SetupCardModel): AdaptiveCard {
  const { plan } = model;
  const facts = (side: 'source' | 'target'): Fact[] =>
    plan.checks
      .filter((c) => c.side === side)
      .map((c) => ({
        title: c.label,
        value: clip(`${CHECK_WORDS[c.state]}${c.state === 'ok' ? '' : ` - ${c.detail}`}`, LINE_CHARS),
      }));
  const sections = [
    {
      title: `In ${tenant(plan.source)} (this tenant)`,
      note: 'The bot creates what is missing here once two approvers approve. Trust is set only when asked for.',
      facts: facts('source'),
    },
    {
      title: `In ${tenant(plan.target)} (the target)`,
      note: plan.targetChecked
        ? "Read by the bot. Only the target's admin can change these."
        : "The target's admin must set these; the bot has no access to that tenant.",
      facts: facts('target'),
    },
  ];
  if (plan.existing.length > 0) {
    const { shown, hidden } = firstOf(plan.existing, MAX_EXISTING);
    const facts = shown.map((c) => ({ title: clip(c.displayName, NAME_CHARS), value: c.job?.status ?? 'no job' }));
    sections.push({
      title: 'Configurations to this target',
      note: `A second configuration is not created.${hidden > 0 ? ` ${andMore(hidden)}` : ''}`,
      facts,
    });
  }
  if (model.steps)
    sections.push({
      title: 'Steps',
      note: '',
      facts: model.steps.map((s) => ({
        title: s.title,
        value: clip(`${STEP_WORDS[s.state]}${s.detail ? ` - ${s.detail}` : ''}`, LINE_CHARS),
      })),
    });
  const outcome = outcomeOf(model);
  return renderTemplate('setup', template, {
    title: `Set up sync to ${tenant(plan.target)}`,
    subtitle:
      `From ${tenant(plan.source)} to ${tenant(plan.target)} (${plan.target.tenantId}); configuration name ` +
      `"${plan.configurationName}"`,
    sections,
    outcome: clip(outcome.text, LINE_CHARS),
    outcomeStyle: outcome.style,
    next: outcome.next.map((text) => ({ text: clip(text, LINE_CHARS) })),
    buttons: model.buttons,
  });
}

function outcomeOf(model: SetupCardModel): { text: string; style: string; next: string[] } {
  const { plan, run } = model;
  const targetTodo = plan.checks
    .filter((c) => c.side === 'target' && c.state !== 'ok')
    .map((c) => `${c.label}${c.state === 'unknown' ? ' (please confirm)' : ''}`);
  const askTarget =
    targetTodo.length > 0 ? [`Ask the admin of ${tenant(plan.target)} to set: ${targetTodo.join('; ')}.`] : [];
  if (!run) {
    if (model.steps) return { text: 'Setting up…', style: 'default', next: [] };
    if (plan.existing.length > 0)
      return {
        text: `${plan.existing.map((c) => c.displayName).join(', ')} already synchronizes to this target.`,
        style: 'warning',
        next: ['Use "show configuration <name>" or "settings <name>" to look at it.'],
      };
    return {
      text: 'Nothing has been changed yet.',
      style: 'default',
      next: [
        ...askTarget,
        'Confirm to create what is missing in this tenant, create the configuration and test the connection. Nothing ' +
          'is started.',
      ],
    };
  }
  const name = run.configuration?.displayName ?? plan.configurationName;
  switch (run.outcome) {
    case 'ready':
      return {
        text: `Test connection passed. "${name}" is ready and not started.`,
        style: 'good',
        next: [
          'Assign users or groups, try "provision <user> in ' +
            name +
            '", then say "start ' +
            name +
            '" when you are ready.',
        ],
      };
    case 'connectionFailed':
      return {
        text: `"${name}" was created, but test connection failed.`,
        style: 'attention',
        next: [...askTarget, run.connectionError?.message ?? '', `Then say "test connection ${name}".`].filter(
          (s) => s !== '',
        ),
      };
    case 'conflict':
      return {
        text: 'Nothing was created.',
        style: 'warning',
        next: [`${plan.existing.map((c) => c.displayName).join(', ')} already synchronizes to ${tenant(plan.target)}.`],
      };
    default:
      return {
        text: 'The setup stopped.',
        style: 'attention',
        next: ['See the failed step above; what was done stays done, and asking again continues from there.'],
      };
  }
}
