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

/** The notification text of a card sent on its own (Teams shows "Card" without one). */
const summaries = new WeakMap<object, string>();

/** Gives a card the text Teams shows in notifications and the activity feed for the message holding it. */
export function withSummary<C extends object>(card: C, summary: string): C {
  summaries.set(card, summary);
  return card;
}

export function cardSummary(card: object): string | undefined {
  return summaries.get(card);
}

/** Someone a card @mentions: Teams notifies them. A user by Entra object id or UPN, a tag by its id. */
export interface CardMention {
  id: string;
  name: string;
  kind: 'user' | 'tag';
}

/** The `<at>` text for a mention, and the card with the entities Teams needs to turn it into one. */
export function mentionText(mention: CardMention): string {
  return `<at>${mention.name}</at>`;
}

export function withMentions<C extends AdaptiveCard>(card: C, mentions: readonly CardMention[]): C {
  if (mentions.length === 0) return card;
  const target = card as AdaptiveCard;
  const msteams = (target.msteams ?? {}) as Record<string, unknown>;
  target.msteams = {
    ...msteams,
    entities: mentions.map((m) => ({
      type: 'mention',
      text: mentionText(m),
      mentioned: m.kind === 'tag' ? { id: m.id, name: m.name, type: 'tag' } : { id: m.id, name: m.name },
    })),
  };
  return card;
}

/** The template a card was rendered from, or "unknown" for a card built another way. */
export function cardKind(card: object): string {
  return kinds.get(card) ?? 'unknown';
}
