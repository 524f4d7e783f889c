import { ExpressionEvaluator, ExpressionFunctions, FunctionUtils, ReturnType } from 'adaptive-expressions';

/**
 * Text from outside the bot (directory and partner names, log reasons, comments) must not become links or markup on a
 * card: Teams renders TextBlock and FactSet text as markdown. Every value a template binds into such text goes
 * through escapeMarkdown; the templates' own markup (a bold code, a "- " bullet) stays as written.
 */

/** Markdown punctuation, escaped with a backslash (CommonMark), so it shows as itself. */
const INLINE = /[\\`*_~[\]<]/g;
/** A line that would start a heading, quote or list ("# ", "> ", "- ", "+ ", "1. ", "1) "). */
const LINE_START = /^(\s*)(?:([#>+-])|(\d+)([.)]))/gm;
/** A bare address Teams would turn into a link: a zero-width space after the scheme keeps it plain text. */
const BARE_URL = /\b([a-z][a-z0-9+.-]*):\/\//gi;

export function escapeMarkdown(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value)
    .replace(INLINE, '\\$&')
    .replace(LINE_START, (_, space: string, marker?: string, digits?: string, dot?: string) =>
      marker ? `${space}\\${marker}` : `${space}${digits}\\${dot}`,
    )
    .replace(BARE_URL, '$1:\u200B//');
}

const FUNCTION = 'escapeMarkdown';
// adaptivecards-templating looks functions up in the standard table only (no custom-function hook), so the escape
// is added there, once per process.
const standard = ExpressionFunctions.standardFunctions as Map<string, ExpressionEvaluator>;
if (!standard.has(FUNCTION)) {
  standard.set(
    FUNCTION,
    new ExpressionEvaluator(
      FUNCTION,
      FunctionUtils.apply((args) => escapeMarkdown(args[0])),
      ReturnType.String,
    ),
  );
}

/** Elements whose `text` is rendered as markdown. */
const MARKDOWN_TEXT = new Set(['TextBlock', 'TextRun']);

/**
 * A copy of `template` in which every `${expression}` bound into markdown-rendered text (TextBlock and TextRun text,
 * Fact titles and values) is wrapped in escapeMarkdown(...). Button titles, inputs and Action data are left alone:
 * they are not markdown, and data must come back exactly as sent.
 */
export function escapeBoundText<T>(template: T): T {
  return rewrite(template, false) as T;
}

function rewrite(node: unknown, isFact: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, isFact));
  if (!node || typeof node !== 'object') return node;
  const source = node as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  const markdownKeys = isFact ? ['title', 'value'] : MARKDOWN_TEXT.has(String(source.type)) ? ['text'] : [];
  for (const [key, value] of Object.entries(source)) {
    if (markdownKeys.includes(key) && typeof value === 'string') copy[key] = wrapBindings(value);
    else copy[key] = rewrite(value, key === 'facts');
  }
  return copy;
}

function wrapBindings(text: string): string {
  return text.replace(/\$\{([^{}]+)\}/g, (_, expression: string) => `\${${FUNCTION}(${expression})}`);
}
