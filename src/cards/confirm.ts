import template from '../../cards/confirm.json';
import { nonEmpty } from './outcome';
import { AdaptiveCard, CardButton, Fact, renderTemplate } from './render';

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
  return renderTemplate(template, {
    title: model.title,
    subtitle: model.subtitle ?? '',
    warnings: nonEmpty(model.warnings).map((text) => ({ text })),
    facts: model.facts ?? [],
    lines: nonEmpty(model.lines).map((text) => ({ text })),
    choiceLabel: model.choice?.label ?? '',
    defaultChoice: model.choice?.defaultValue ?? '',
    choices: model.choice?.options ?? [],
    buttons: [
      { ...model.confirm, style: 'destructive' },
      { ...model.cancel, style: 'default' },
    ],
  });
}
