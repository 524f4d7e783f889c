import type { ConfigurationMatch } from './catalog';
import type { SyncConfiguration } from '../domain';

/** "Contoso-A", "CONTOSO A", " contoso  a " → "contoso a"; accents and punctuation do not count. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const compact = (name: string) => normalizeName(name).replace(/ /g, '');

/** Longer text is not a configuration name; skipping fuzzy matching keeps hostile input cheap. */
const MAX_NAME_LENGTH = 200;

/**
 * Forgiving lookup of a configuration by what an admin typed. Only an exact match (after
 * normalizing case, spaces, hyphens and accents), the service principal id, or a target tenant
 * name that fits exactly one configuration counts as a match; near misses come back as
 * candidates to choose from, and when nothing is near every configuration is a suggestion.
 */
export function matchConfiguration(typed: string, configurations: SyncConfiguration[]): ConfigurationMatch {
  const wanted = normalizeName(typed.slice(0, MAX_NAME_LENGTH));
  if (!wanted || typed.length > MAX_NAME_LENGTH) return { candidates: configurations };
  const wantedCompact = wanted.replace(/ /g, '');

  const exact = configurations.filter(
    (c) => c.servicePrincipalId === typed.trim() || compact(c.displayName) === wantedCompact,
  );
  if (exact.length > 0) return decide(exact);

  const byTarget = configurations.filter((c) =>
    targetNames(c).some((n) => n === wanted || n.replace(/ /g, '') === wantedCompact),
  );
  if (byTarget.length > 0) return decide(byTarget);

  const near = configurations.filter((c) => {
    const name = compact(c.displayName);
    return (
      name.includes(wantedCompact) ||
      wantedCompact.includes(name) ||
      editDistance(name, wantedCompact) <= (name.length <= 5 ? 1 : 2)
    );
  });
  return { candidates: near.length > 0 ? near : configurations };
}

function decide(found: SyncConfiguration[]): ConfigurationMatch {
  return found.length === 1 ? { match: found[0], candidates: found } : { candidates: found };
}

/** The target's display name and its domain without the top-level part ("fabrikam.onmicrosoft.com" → "fabrikam"). */
function targetNames(config: SyncConfiguration): string[] {
  const names: string[] = [];
  if (config.target?.displayName) names.push(normalizeName(config.target.displayName));
  if (config.target?.defaultDomainName) {
    names.push(
      normalizeName(config.target.defaultDomainName),
      normalizeName(config.target.defaultDomainName.split('.')[0]),
    );
  }
  return names.filter((n) => n.length > 0);
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
