import template from '../../cards/error.json';
import { clip, LINE_CHARS, NAME_CHARS, PARAGRAPH_CHARS } from './messageBudget';
import { AdaptiveCard, Fact, renderTemplate } from './render';

/** References an error card lists at most (request id, correlation id, time…). */
const MAX_REFERENCES = 8;

export interface ErrorCardModel {
  title: string;
  message: string;
  /** What the reader should do about it; may be empty. */
  action: string;
  /** Request id, correlation id and the like, for whoever investigates. */
  references: Fact[];
  severity: 'warning' | 'error';
}

export function renderErrorCard(model: ErrorCardModel): AdaptiveCard {
  return renderTemplate('error', template, {
    title: clip(model.title, LINE_CHARS),
    message: clip(model.message, PARAGRAPH_CHARS),
    action: clip(model.action, PARAGRAPH_CHARS),
    references: model.references
      .slice(0, MAX_REFERENCES)
      .map((r) => ({ title: clip(r.title, NAME_CHARS), value: clip(r.value, LINE_CHARS) })),
    style: model.severity === 'error' ? 'attention' : 'warning',
  });
}
