import { Template } from 'adaptivecards-templating';

/** An Adaptive Card as plain JSON, ready to be attached to a message or returned from an invoke. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  body: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
}

/** A fact line (title: value) in a FactSet. */
export interface Fact {
  title: string;
  value: string;
}

/** A card button: an Action.Execute with its verb and data. */
export interface CardButton {
  title: string;
  verb: string;
  data: Record<string, string>;
}

/**
 * Binds a template from cards/ to its model. Models carry every field the template names
 * (the templating engine leaves an unbound `${x}` in the output rather than failing).
 */
export function renderTemplate<M extends object>(template: object, model: M): AdaptiveCard {
  return new Template(template).expand({ $root: model }) as AdaptiveCard;
}
