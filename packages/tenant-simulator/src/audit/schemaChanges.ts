import type { Json } from '../store/types';
import { changed, type ModifiedProperty } from './targets';

type Mapping = Json & { name?: string; attributeMappings?: Json[]; scope?: unknown; enabled?: unknown };

function objectMappings(schema: Json): Map<string, Mapping> {
  const out = new Map<string, Mapping>();
  for (const rule of (schema.synchronizationRules as Json[] | undefined) ?? []) {
    for (const m of (rule.objectMappings as Mapping[] | undefined) ?? []) out.set(String(m.name), m);
  }
  return out;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What a schema PUT changed, per object mapping: each attribute mapping by its target attribute
 * ("<object mapping>/attributeMappings/<target attribute>"), the scoping filters ("<object mapping>/scope") and
 * whether the mapping is enabled ("<object mapping>/enabled"); old and new values JSON-encoded.
 */
export function schemaChanges(before: Json, after: Json): ModifiedProperty[] {
  const out: ModifiedProperty[] = [];
  const old = objectMappings(before);
  const now = objectMappings(after);
  for (const name of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(name);
    const b = now.get(name);
    const byTarget = (m: Mapping | undefined): Map<string, Json> =>
      new Map((m?.attributeMappings ?? []).map((x) => [String(x.targetAttributeName), x]));
    const attrsA = byTarget(a);
    const attrsB = byTarget(b);
    for (const t of new Set([...attrsA.keys(), ...attrsB.keys()])) {
      if (!same(attrsA.get(t), attrsB.get(t)))
        out.push(changed(`${name}/attributeMappings/${t}`, attrsA.get(t) ?? null, attrsB.get(t) ?? null));
    }
    if (!same(a?.scope, b?.scope)) out.push(changed(`${name}/scope`, a?.scope ?? null, b?.scope ?? null));
    if (!same(a?.enabled, b?.enabled)) out.push(changed(`${name}/enabled`, a?.enabled ?? null, b?.enabled ?? null));
  }
  return out;
}
