import template from '../../cards/choice.json';
import { andMore, clip, firstOf, LINE_CHARS, NAME_CHARS } from './messageBudget';
import { AdaptiveCard, CardButton, renderTemplate } from './render';

/** Choices a card offers at most: each is a row with its own button (about 700 JSON characters with long names). */
export const MAX_CHOICES = 10;

export interface Choice {
  title: string;
  subtitle: string;
  button: CardButton;
}

export interface ChoiceModel {
  title: string;
  message: string;
  choices: Choice[];
  /** Shown under the choices, e.g. how to see those left out; "…and N more." when absent and some were. */
  footer?: string;
}

/** A question with one button per answer ("which configuration did you mean?"), at most MAX_CHOICES of them. */
export function renderChoiceCard(model: ChoiceModel): AdaptiveCard {
  const { shown, hidden } = firstOf(model.choices, MAX_CHOICES);
  return renderTemplate('choice', template, {
    title: clip(model.title, LINE_CHARS),
    message: clip(model.message, LINE_CHARS),
    choices: shown.map((c) => ({
      title: clip(c.title, NAME_CHARS),
      subtitle: clip(c.subtitle, LINE_CHARS),
      buttonTitle: clip(c.button.title, NAME_CHARS),
      verb: c.button.verb,
      data: c.button.data,
    })),
    footer: model.footer ?? (hidden > 0 ? andMore(hidden) : ''),
  });
}
