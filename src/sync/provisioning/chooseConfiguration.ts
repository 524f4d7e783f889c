import { normalizeName } from '../configurationNames';
import type { DirectoryUser, SyncConfiguration } from '../../domain';
import { AssignmentMemo, checkScopes, ScopeCheck, ScopeGateway } from './userScope';

export type ConfigurationChoice =
  | { kind: 'chosen'; check: ScopeCheck }
  /** Several configurations hold the user: the admin picks. */
  | { kind: 'several'; checks: ScopeCheck[] }
  /** None of the (named) configurations holds the user. */
  | { kind: 'outOfScope'; checks: ScopeCheck[] }
  | { kind: 'unknownTarget'; typed: string; known: SyncConfiguration[] }
  | { kind: 'noConfigurations' };

/**
 * The configuration to provision a user with: the one whose scope holds the user. "to Fabrikam" narrows
 * the choice to configurations named so or targeting that tenant first.
 */
export async function chooseConfiguration(
  gateway: ScopeGateway,
  all: SyncConfiguration[],
  user: DirectoryUser,
  target?: string,
  memo?: AssignmentMemo,
): Promise<ConfigurationChoice> {
  const usable = all.filter((c) => c.job);
  if (usable.length === 0) return { kind: 'noConfigurations' };
  let named = usable;
  if (target && target.trim()) {
    named = configurationsNamed(usable, target);
    if (named.length === 0) return { kind: 'unknownTarget', typed: target, known: usable };
  }
  const checks = await checkScopes(gateway, named, user, memo);
  const holding = checks.filter((c) => c.inScope);
  if (holding.length === 1) return { kind: 'chosen', check: holding[0] };
  if (holding.length > 1) return { kind: 'several', checks: holding };
  return { kind: 'outOfScope', checks };
}

/** Configurations a typed name means: the configuration's own name, or its target tenant's name or domain. */
export function configurationsNamed(configs: SyncConfiguration[], typed: string): SyncConfiguration[] {
  const wanted = normalizeName(typed);
  const compact = wanted.replace(/ /g, '');
  if (!compact) return [];
  const names = (c: SyncConfiguration): string[] => {
    const out = [c.displayName, c.servicePrincipalId, c.target?.displayName ?? '', c.target?.tenantId ?? ''];
    const domain = c.target?.defaultDomainName;
    if (domain) out.push(domain, domain.split('.')[0]);
    const firstWord = normalizeName(c.target?.displayName ?? '').split(' ')[0];
    if (firstWord) out.push(firstWord);
    return out.map((n) => normalizeName(n).replace(/ /g, '')).filter(Boolean);
  };
  return configs.filter((c) => names(c).includes(compact));
}
