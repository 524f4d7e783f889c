import template from '../../cards/outcome.json';
import type { Finding } from '../sync/explain/findings';
import type { ModifiedProperty } from '../sync/model';
import type { CardLink } from './notice';
import { AdaptiveCard, CardButton, Fact, renderTemplate } from './render';
import { oldToNew, ProgressState, stateIcon, Tone, toneStyle } from './status';

/** One provisioning result (or its progress): what happened, each step, what changed, and for a failure why and how to fix it. */
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

export function renderOutcomeCard(model: OutcomeCardModel): AdaptiveCard {
  const problem = model.error
    ? [
        { text: `${model.error.title} (${model.error.code})`, weight: 'Bolder' },
        { text: `Why: ${model.error.cause}`, weight: 'Default' },
        { text: `Fix: ${model.error.fix}`, weight: 'Default' },
        ...model.error.serviceSaid.map((s) => ({ text: `The provisioning service said: ${s}`, weight: 'Default' })),
      ]
    : [];
  return renderTemplate(template, {
    title: model.title,
    subtitle: model.subtitle ?? '',
    style: toneStyle(model.tone),
    headline: model.headline,
    details: nonEmpty(model.details).map((text) => ({ text })),
    facts: model.facts ?? [],
    steps: (model.steps ?? []).map((s) => ({ icon: stateIcon(s.status), label: s.label, text: s.text.trim() || '…' })),
    changesTitle: model.changesTitle ?? 'Changed properties (old → new)',
    changes: (model.changes ?? []).map((c) => ({ title: c.name, value: model.changesMode === 'set' ? (c.newValue ?? '(empty)') : oldToNew(c.oldValue, c.newValue) })),
    problem,
    findings: (model.findings ?? []).map((f) => ({
      text: `${f.state === 'wrong' ? '❌' : f.state === 'ok' ? '✅' : '❔'} ${f.tenant} (${f.side}): ${f.setting} ${f.observed}.`,
      color: f.state === 'wrong' ? 'Attention' : 'Default',
    })),
    footer: model.footer ?? '',
    buttons: model.buttons ?? [],
    links: model.links ?? [],
  });
}

/** Adaptive Cards refuse empty text blocks: blank lines are dropped. */
export function nonEmpty(lines: readonly string[] | undefined): string[] {
  return (lines ?? []).filter((line) => line.trim().length > 0);
}
