import template from '../../cards/notice.json';
import { andMore, boundedLines, clip, firstOf, LINE_CHARS, NAME_CHARS, renderWithin } from './messageBudget';
import { AdaptiveCard, CardButton, Fact, renderTemplate } from './render';
import { nonEmpty } from './format';
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

interface NoticeLimits {
  lines: number;
  sections: number;
  linesPerSection: number;
  factsPerSection: number;
  lineChars: number;
}

/**
 * What a notice shows at most, whatever its callers pass (one line per configuration, per user, per mapping);
 * the tighter limits apply only when the card would be over the message budget (messageBudget.ts).
 */
export const NOTICE_LIMITS: readonly [NoticeLimits, NoticeLimits] = [
  { lines: 10, sections: 6, linesPerSection: 10, factsPerSection: 40, lineChars: LINE_CHARS },
  { lines: 5, sections: 4, linesPerSection: 5, factsPerSection: 20, lineChars: 200 },
];

export function renderNoticeCard(model: NoticeModel): AdaptiveCard {
  return renderWithin(NOTICE_LIMITS, (limits) => render(model, limits));
}

function render(model: NoticeModel, limits: NoticeLimits): AdaptiveCard {
  const line = (text: string) => clip(text, limits.lineChars);
  const sections = firstOf(
    (model.sections ?? []).filter((s) => (s.lines?.length ?? 0) + (s.facts?.length ?? 0) > 0),
    limits.sections,
  );
  const footer = [
    model.footer ?? '',
    sections.hidden > 0 ? andMore(sections.hidden, sections.hidden === 1 ? 'section' : 'sections') : '',
  ]
    .filter((t) => t !== '')
    .join(' ');
  return renderTemplate('notice', template, {
    title: line(model.title),
    subtitle: line(model.subtitle ?? ''),
    style: toneStyle(model.tone),
    lines: boundedLines(nonEmpty(model.lines), limits.lines, limits.lineChars).map((text) => ({ text })),
    sections: sections.shown.map((s) => {
      const lines = firstOf(
        (s.lines ?? [])
          .map((l) =>
            typeof l === 'string' ? { text: l, color: 'Default' } : { text: l.text, color: l.color ?? 'Default' },
          )
          .filter((l) => l.text.trim().length > 0),
        limits.linesPerSection,
      );
      const facts = firstOf(s.facts ?? [], limits.factsPerSection);
      return {
        title: line(s.title),
        lines: [
          ...lines.shown.map((l) => ({ ...l, text: line(l.text) })),
          ...(lines.hidden > 0 ? [{ text: andMore(lines.hidden), color: 'Default' }] : []),
        ],
        facts: [
          ...facts.shown.map((f) => ({ title: clip(f.title, NAME_CHARS), value: line(f.value) })),
          ...(facts.hidden > 0 ? [{ title: '…', value: `and ${facts.hidden} more` }] : []),
        ],
      };
    }),
    input: model.input ?? { id: '', label: '', placeholder: '' },
    buttons: model.buttons ?? [],
    links: model.links ?? [],
    footer,
  });
}
