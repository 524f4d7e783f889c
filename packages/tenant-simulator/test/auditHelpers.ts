import { graph, type GraphReply } from './helpers';
import type { ReplyJson, TestSimulator } from './testSimulator';

export const AUDITS = '/auditLogs/directoryAudits';
export const PARTNERS = '/policies/crossTenantAccessPolicy/partners';

/**
 * GET auditLogs/directoryAudits with a $filter (and more options). The reports budget (5 per 10 s) is started afresh
 * first, so a test that reads the log often does not wait out 429s; the throttling test itself does not use this.
 */
export async function readAudits(
  sim: TestSimulator,
  filter?: string,
  opts: { tenant?: string; query?: string } = {},
): Promise<GraphReply> {
  await sim.control('PATCH', '/settings', { reportsLimit: 5 });
  const params = [filter === undefined ? '' : `$filter=${encodeURIComponent(filter)}`, opts.query ?? '']
    .filter(Boolean)
    .join('&');
  return graph(sim, 'GET', `${AUDITS}${params ? `?${params}` : ''}`, { token: await sim.token(opts.tenant) });
}

/** The entries of one activity in a tenant's log, newest first. */
export async function entriesOf(sim: TestSimulator, activity: string, tenant?: string): Promise<ReplyJson[]> {
  const res = await readAudits(sim, `activityDisplayName eq '${activity}'`, { tenant });
  if (res.status !== 200) throw new Error(`directoryAudits: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.value;
}

/** A modified property's values, decoded from the JSON strings Graph gives. */
export function modified(entry: ReplyJson, name: string, targetIndex = 0): { old: ReplyJson; new: ReplyJson } {
  const p = entry.targetResources[targetIndex].modifiedProperties.find(
    (x: { displayName: string }) => x.displayName === name,
  );
  if (!p) throw new Error(`no modified property ${name} in ${JSON.stringify(entry.targetResources)}`);
  return {
    old: p.oldValue === null ? null : JSON.parse(p.oldValue),
    new: p.newValue === null ? null : JSON.parse(p.newValue),
  };
}
