import template from '../../cards/notice.json';
import { AdaptiveCard, CardButton, Fact, renderTemplate } from './render';
import { nonEmpty } from './outcome';
import { Tone, toneStyle } from './status';

export interface CardLink {
  title: string;
  url: string;
}

export interface NoticeSection {
  title: string;
  lines?: Array<string | { text: string; color?: 'Default' | 'Good' | 'Warning' | 'Attention' | 'Accent' }>;
  facts?: Fact[];
}

/** A titled answer with optional sections, one text input and buttons: results, warnings, explanations, prompts. */
export interface NoticeModel {
  title: string;
  subtitle?: string;
  tone: Tone;
  lines?: string[];
  sections?: NoticeSection[];
  /** A text box whose value Teams merges into the data of the clicked button. */
  input?: { id: string; label: string; placeholder: string };
  buttons?: CardButton[];
  links?: CardLink[];
  footer?: string;
}

export function renderNoticeCard(model: NoticeModel): AdaptiveCard {
  return renderTemplate(template, {
    title: model.title,
    subtitle: model.subtitle ?? '',
    style: toneStyle(model.tone),
    lines: nonEmpty(model.lines).map((text) => ({ text })),
    sections: (model.sections ?? [])
      .filter((s) => (s.lines?.length ?? 0) + (s.facts?.length ?? 0) > 0)
      .map((s) => ({
        title: s.title,
        lines: (s.lines ?? []).map((l) => (typeof l === 'string' ? { text: l, color: 'Default' } : { text: l.text, color: l.color ?? 'Default' })).filter((l) => l.text.trim().length > 0),
        facts: s.facts ?? [],
      })),
    input: model.input ?? { id: '', label: '', placeholder: '' },
    buttons: model.buttons ?? [],
    links: model.links ?? [],
    footer: model.footer ?? '',
  });
}
