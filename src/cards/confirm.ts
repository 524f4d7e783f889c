import template from '../../cards/confirm.json';
import { nonEmpty } from './format';
import { boundedLines, clip, LINE_CHARS, NAME_CHARS, PARAGRAPH_CHARS } from './messageBudget';
import { AdaptiveCard, CardButton, Fact, renderTemplate } from './render';

/** What a confirmation shows at most; its callers name a few things, this keeps it so. */
export const CONFIRM_LIMITS = { warnings: 5, facts: 15, lines: 8, options: 10 } as const;

/** "Are you sure?" for an operation that changes a tenant: warnings, facts, an optional choice, confirm and cancel. */
export interface ConfirmModel {
  title: string;
  subtitle?: string;
  warnings: string[];
  facts?: Fact[];
  lines?: string[];
  /** Radio buttons; the chosen value reaches the confirm verb as data.option. */
  choice?: { label: string; defaultValue: string; options: Array<{ title: string; value: string }> };
  confirm: CardButton;
  cancel: CardButton;
}

export function renderConfirmCard(model: ConfirmModel): AdaptiveCard {
  return renderTemplate('confirm', template, {
    title: clip(model.title, LINE_CHARS),
    subtitle: clip(model.subtitle ?? '', LINE_CHARS),
    warnings: boundedLines(nonEmpty(model.warnings), CONFIRM_LIMITS.warnings, PARAGRAPH_CHARS).map((text) => ({
      text,
    })),
    facts: (model.facts ?? [])
      .slice(0, CONFIRM_LIMITS.facts)
      .map((f) => ({ title: clip(f.title, NAME_CHARS), value: clip(f.value, LINE_CHARS) })),
    lines: boundedLines(nonEmpty(model.lines), CONFIRM_LIMITS.lines, PARAGRAPH_CHARS).map((text) => ({ text })),
    choiceLabel: model.choice?.label ?? '',
    defaultChoice: model.choice?.defaultValue ?? '',
    choices: (model.choice?.options ?? []).slice(0, CONFIRM_LIMITS.options),
    buttons: [
      { ...model.confirm, style: 'destructive' },
      { ...model.cancel, style: 'default' },
    ],
  });
}
