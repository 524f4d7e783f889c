import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Env } from './configSchema';
import type { GraphSettings } from './configTypes';

/**
 * TARGET_TENANT_CREDENTIALS: a JSON array of {tenantId, clientId, clientSecret}, or the path of a file holding one.
 * Each entry is an app registration in a target tenant with Policy.Read.All; the Graph and sign-in hosts are the bot's
 * own.
 */
export function targetTenantSettings(e: Env, graph: GraphSettings | undefined, problems: string[]): GraphSettings[] {
  const raw = e.TARGET_TENANT_CREDENTIALS;
  if (!raw) return [];
  const where = 'TARGET_TENANT_CREDENTIALS';
  let text = raw;
  const trimmed = raw.trim();
  // Inline JSON (an array, or one object by mistake) is never echoed back: it holds client secrets.
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) {
    if (!fs.existsSync(raw)) {
      problems.push(
        `${where}: must be a JSON array of {"tenantId","clientId","clientSecret"} or the path of a file holding one ` +
          `(no file at ${path.resolve(raw)})`,
      );
      return [];
    }
    text = fs.readFileSync(raw, 'utf8');
  }
  const entry = z.object({ tenantId: z.string().uuid(), clientId: z.string().uuid(), clientSecret: z.string().min(1) });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    problems.push(`${where}: is not valid JSON (expected [{"tenantId":"...","clientId":"...","clientSecret":"..."}])`);
    return [];
  }
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
    problems.push(`${where}: is one JSON object; put it in a list: [{"tenantId":"...","clientId":"...",...}]`);
    return [];
  }
  const result = z.array(entry).safeParse(parsed);
  if (!result.success) {
    // Name the entry and field, never the value: it may hold a secret.
    problems.push(
      `${where}: ${result.error.issues.map((i) => `entry ${i.path.join('.')} ${i.message}`).join('; ')} (each entry ` +
        `needs tenantId, clientId and clientSecret of an app registration in that target tenant)`,
    );
    return [];
  }
  if (!graph) {
    problems.push(`${where}: needs the bot's own Graph credentials too (GRAPH_TENANT_ID, GRAPH_CLIENT_ID, ...)`);
    return [];
  }
  return result.data.map((t) => ({
    ...graph,
    credential: {
      kind: 'secret' as const,
      tenantId: t.tenantId.toLowerCase(),
      clientId: t.clientId,
      clientSecret: t.clientSecret,
    },
  }));
}
