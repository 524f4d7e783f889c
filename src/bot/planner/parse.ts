import type { CommandDeclaration } from '../operations/operation';
import { cleanValue } from './normalize';

export interface ParsedCommand {
  action: string;
  parameters: Record<string, string>;
}

/** The first action whose pattern matches; fallback patterns only after every primary one failed. */
export function parseCommand(text: string, actions: readonly CommandDeclaration[]): ParsedCommand | undefined {
  for (const pass of ['patterns', 'fallbackPatterns'] as const) {
    for (const action of actions) {
      for (const pattern of action[pass] ?? []) {
        const m = pattern.exec(text);
        if (m) return { action: action.name, parameters: groups(m.groups) };
      }
    }
  }
  return undefined;
}

function groups(found: Record<string, string | undefined> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(found ?? {})) {
    if (value !== undefined) out[key] = cleanValue(value);
  }
  return out;
}
