import { JOB_STATES } from './jobStates';
import { PROVISIONING_ERRORS } from './provisioningErrors';
import { SCOPE_AND_MATCHING } from './scopeAndMatching';
import { SETUP_ERRORS } from './setupErrors';
import type { ErrorKnowledge } from './types';

export interface KnowledgeBase {
  /** The entry for a code or one of its aliases, case-insensitively. */
  explain(code: string): ErrorKnowledge | undefined;
  /** Every entry whose code appears in free text ("why AzureActiveDirectoryForbidden?"). */
  mentionedIn(text: string): ErrorKnowledge[];
  all(): readonly ErrorKnowledge[];
}

/** The docs renamed "AzureActiveDirectory…" codes to "Microsoft Entra ID…"; the wire keeps the old names. */
function canonical(code: string): string {
  return code
    .trim()
    .replace(/^microsoft\s*entra\s*id/i, 'AzureActiveDirectory')
    .toLowerCase();
}

export function createKnowledgeBase(
  entries: readonly ErrorKnowledge[] = [...SETUP_ERRORS, ...PROVISIONING_ERRORS, ...SCOPE_AND_MATCHING, ...JOB_STATES],
): KnowledgeBase {
  const byCode = new Map<string, ErrorKnowledge>();
  for (const entry of entries) {
    for (const name of [entry.code, ...(entry.aliases ?? [])]) byCode.set(canonical(name), entry);
  }
  return {
    explain: (code) => byCode.get(canonical(code)),
    mentionedIn(text) {
      const found = new Set<ErrorKnowledge>();
      const words = text.slice(0, 2000).match(/[A-Za-z0-9_]{5,}/g) ?? [];
      for (const word of words) {
        const entry = byCode.get(canonical(word));
        if (entry) found.add(entry);
      }
      return [...found];
    },
    all: () => entries,
  };
}
