import { Template } from 'adaptivecards-templating';
import { escapeBoundText } from './markdown';

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
 * Templates parsed once: parsing every `${...}` expression took most of a `help` turn's CPU, and a
 * parsed Template can be expanded again with other data (the templates in cards/ are imported once).
 */
const parsed = new WeakMap<object, Template>();

/** Which template each rendered card came from, for log lines about a card ("configuration-list"). */
const kinds = new WeakMap<object, string>();

/**
 * Binds a template from cards/ to its model. Models carry every field the template names
 * (the templating engine leaves an unbound `${x}` in the output rather than failing).
 * `kind` names the template (its file name in cards/).
 */
export function renderTemplate<M extends object>(kind: string, template: object, model: M): AdaptiveCard {
  let prepared = parsed.get(template);
  // Bound values are escaped in markdown text: a partner's or a user's name cannot add a link to a card.
  if (!prepared) parsed.set(template, (prepared = new Template(escapeBoundText(template))));
  const card = prepared.expand({ $root: model }) as AdaptiveCard;
  kinds.set(card, kind);
  return card;
}

/** The template a card was rendered from, or "unknown" for a card built another way. */
export function cardKind(card: object): string {
  return kinds.get(card) ?? 'unknown';
}
