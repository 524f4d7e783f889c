import template from '../../cards/error.json';
import { AdaptiveCard, Fact, renderTemplate } from './render';

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
  return renderTemplate(template, {
    title: model.title,
    message: model.message,
    action: model.action,
    references: model.references,
    style: model.severity === 'error' ? 'attention' : 'warning',
  });
}
