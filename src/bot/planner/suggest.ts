import type { CommandDeclaration } from '../operations/operation';
import { editDistance } from '../../sync/configurationNames';

const MAX_TOKENS = 6;
const MAX_TOKEN_LENGTH = 30;

/**
 * The examples of the actions closest to what was typed ("lst configs" → "list configurations"),
 * best first. Words are compared forgivingly, so typos still find their command.
 */
export function closestExamples(text: string, actions: readonly CommandDeclaration[], max = 3): string[] {
  const typed = words(text).slice(0, MAX_TOKENS);
  if (typed.length === 0) return [];
  return actions
    .filter((a) => !a.internal && a.examples.length > 0)
    .map((a) => ({ example: a.examples[0], score: Math.max(...a.examples.map((e) => overlap(typed, words(e)))) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map((s) => s.example);
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2)
    .map((w) => w.slice(0, MAX_TOKEN_LENGTH));
}

function overlap(typed: string[], example: string[]): number {
  const hits = typed.filter((t) => example.some((e) => similar(t, e))).length;
  return hits / Math.max(1, Math.min(typed.length, example.length));
}

function similar(a: string, b: string): boolean {
  if (a === b || (a.length >= 4 && b.startsWith(a)) || (b.length >= 4 && a.startsWith(b))) return true;
  const longest = Math.max(a.length, b.length);
  return longest >= 4 && 1 - editDistance(a, b) / longest >= 0.7;
}
