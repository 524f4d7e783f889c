import template from '../../cards/choice.json';
import { AdaptiveCard, CardButton, renderTemplate } from './render';

export interface Choice {
  title: string;
  subtitle: string;
  button: CardButton;
}

export interface ChoiceModel {
  title: string;
  message: string;
  choices: Choice[];
  /** Shown under the choices, e.g. when some were left out. */
  footer?: string;
}

/** A question with one button per answer ("which configuration did you mean?"). */
export function renderChoiceCard(model: ChoiceModel): AdaptiveCard {
  return renderTemplate(template, {
    title: model.title,
    message: model.message,
    choices: model.choices.map((c) => ({
      title: c.title,
      subtitle: c.subtitle,
      buttonTitle: c.button.title,
      verb: c.button.verb,
      data: c.button.data,
    })),
    footer: model.footer ?? '',
  });
}
