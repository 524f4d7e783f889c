import template from '../../cards/outcome.json';
import type { Finding } from '../sync/checks/findings';
import type { ModifiedProperty } from '../domain';
import type { CardLink } from './notice';
import { nonEmpty } from './format';
import { andMore, boundedLines, clip, firstOf, LINE_CHARS, NAME_CHARS, renderWithin } from './messageBudget';
import { AdaptiveCard, CardButton, Fact, renderTemplate } from './render';
import { oldToNew, ProgressState, stateIcon, Tone, toneStyle } from './status';

/**
 * One provisioning result (or its progress): what happened, each step, what changed, and for a failure why and how to
 * fix it.
 */
export interface OutcomeCardModel {
  title: string;
  subtitle?: string;
  tone: Tone;
  headline: string;
  details?: string[];
  steps?: Array<{ label: string; status: ProgressState; text: string }>;
  changes?: ModifiedProperty[];
  /** "Changed properties (old → new)" or "Properties set". */
  changesTitle?: string;
  /** diff: "old → new" (updates); set: the new value only (a created user). */
  changesMode?: 'diff' | 'set';
  error?: { code: string; title: string; cause: string; fix: string; serviceSaid: string[] };
  findings?: Finding[];
  facts?: Fact[];
  buttons?: CardButton[];
  links?: CardLink[];
  footer?: string;
}

interface OutcomeLimits {
  details: number;
  steps: number;
  changes: number;
  /** An old or new property value. */
  valueChars: number;
  serviceSaid: number;
  findings: number;
  facts: number;
  /** Any other line (Graph's messages, the knowledge base's cause and fix). */
  lineChars: number;
}

/**
 * What an outcome shows at most. A created user can have dozens of properties set and the service's messages
 * and values come from Graph: the tighter limits apply only when the card would be over the message budget.
 */
export const OUTCOME_LIMITS: readonly [OutcomeLimits, OutcomeLimits] = [
  {
    details: 8,
    steps: 8,
    changes: 30,
    valueChars: 200,
    serviceSaid: 3,
    findings: 10,
    facts: 15,
    lineChars: LINE_CHARS,
  },
  { details: 3, steps: 6, changes: 12, valueChars: 80, serviceSaid: 1, findings: 4, facts: 8, lineChars: 200 },
];

export function renderOutcomeCard(model: OutcomeCardModel): AdaptiveCard {
  return renderWithin(OUTCOME_LIMITS, (limits) => render(model, limits));
}

function render(model: OutcomeCardModel, limits: OutcomeLimits): AdaptiveCard {
  const line = (text: string) => clip(text, limits.lineChars);
  const problem = model.error
    ? [
        { text: line(`${model.error.title} (${model.error.code})`), weight: 'Bolder' },
        { text: line(`Why: ${model.error.cause}`), weight: 'Default' },
        { text: line(`Fix: ${model.error.fix}`), weight: 'Default' },
        ...model.error.serviceSaid
          .slice(0, limits.serviceSaid)
          .map((s) => ({ text: line(`The provisioning service said: ${s}`), weight: 'Default' })),
      ]
    : [];
  const changes = firstOf(model.changes ?? [], limits.changes);
  const findings = firstOf(model.findings ?? [], limits.findings);
  const value = (v: string | null) => (v === null ? null : clip(v, limits.valueChars));
  return renderTemplate('outcome', template, {
    title: line(model.title),
    subtitle: line(model.subtitle ?? ''),
    style: toneStyle(model.tone),
    headline: line(model.headline),
    details: boundedLines(nonEmpty(model.details), limits.details, limits.lineChars).map((text) => ({ text })),
    facts: (model.facts ?? [])
      .slice(0, limits.facts)
      .map((f) => ({ title: clip(f.title, NAME_CHARS), value: line(f.value) })),
    steps: (model.steps ?? [])
      .slice(0, limits.steps)
      .map((s) => ({ icon: stateIcon(s.status), label: s.label, text: line(s.text.trim() || '…') })),
    changesTitle: model.changesTitle ?? 'Changed properties (old → new)',
    changes: [
      ...changes.shown.map((c) => ({
        title: clip(c.name, NAME_CHARS),
        value:
          model.changesMode === 'set'
            ? (value(c.newValue) ?? '(empty)')
            : oldToNew(value(c.oldValue), value(c.newValue)),
      })),
      ...(changes.hidden > 0 ? [{ title: '…', value: `and ${changes.hidden} more` }] : []),
    ],
    problem,
    findings: [
      ...findings.shown.map((f) => ({
        text: line(
          `${f.state === 'wrong' ? '❌' : f.state === 'ok' ? '✅' : '❔'} ${f.tenant} (${f.side}): ${f.setting} ` +
            `${f.observed}.`,
        ),
        color: f.state === 'wrong' ? 'Attention' : 'Default',
      })),
      ...(findings.hidden > 0 ? [{ text: andMore(findings.hidden), color: 'Default' }] : []),
    ],
    footer: line(model.footer ?? ''),
    buttons: model.buttons ?? [],
    links: model.links ?? [],
  });
}
