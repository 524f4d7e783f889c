import { setTimeout as sleep } from 'node:timers/promises';
import { type ReplyJson, startTestSimulator, type TestSimulator } from './testSimulator';

export interface GraphReply {
  status: number;
  headers: Headers;
  body: ReplyJson;
}

/** A plain fetch against the simulator's Graph (paths relative to /v1.0, or absolute nextLinks). */
export async function graph(
  sim: TestSimulator,
  method: string,
  pathOrUrl: string,
  opts: { token?: string | null; headers?: Record<string, string>; body?: unknown } = {},
): Promise<GraphReply> {
  const url = pathOrUrl.startsWith('https://') ? pathOrUrl : `${sim.connection.graphBaseUrl}${pathOrUrl}`;
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token !== null) headers.Authorization = `Bearer ${opts.token ?? (await sim.token())}`;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(url, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let body: ReplyJson = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // plain text ($count)
  }
  return { status: res.status, headers: res.headers, body };
}

/** One simulator per test file, started before and stopped after. */
export function useSimulator(options: Parameters<typeof startTestSimulator>[0] = {}): { get: () => TestSimulator } {
  let sim: TestSimulator | undefined;
  before(async function () {
    this.timeout(60000);
    sim = await startTestSimulator(options);
  });
  after(async () => {
    await sim?.stop();
  });
  return {
    get: () => {
      if (!sim) throw new Error('simulator not started');
      return sim;
    },
  };
}

export function sourceTenant(sim: TestSimulator) {
  return sim.connection.tenants.find((t) => t.role === 'source')!;
}

export function tenantNamed(sim: TestSimulator, name: string) {
  const t = sim.connection.tenants.find((x) => x.name === name);
  if (!t) throw new Error(`no tenant ${name}`);
  return t;
}

export function person(sim: TestSimulator, displayName: string) {
  const p = sim.connection.people.find((x) => x.displayName === displayName);
  if (!p) throw new Error(`no featured person ${displayName}`);
  return p;
}

export function configuration(sim: TestSimulator, displayName: string) {
  const c = sim.connection.configurations.find((x) => x.displayName === displayName);
  if (!c) throw new Error(`no configuration ${displayName}`);
  return c;
}

/** POST provisionOnDemand for users of a configuration, with the ruleId read from the job's schema. */
export async function provisionOnDemand(
  sim: TestSimulator,
  configName: string,
  objectIds: string[],
  objectTypeName = 'User',
  opts: { retry?: boolean } = {},
): Promise<GraphReply> {
  const c = configuration(sim, configName);
  const base = `/servicePrincipals/${c.servicePrincipalId}/synchronization/jobs/${c.jobId}`;
  const schema = await graph(sim, 'GET', `${base}/schema`);
  const ruleId = schema.body.synchronizationRules[0].id;
  for (;;) {
    const res = await graph(sim, 'POST', `${base}/provisionOnDemand`, {
      body: { parameters: [{ ruleId, subjects: objectIds.map((objectId) => ({ objectId, objectTypeName })) }] },
    });
    if (res.status !== 429 || opts.retry === false) return res;
    await sleep(Number(res.headers.get('retry-after') ?? '1') * 1000);
  }
}

/** The per-object results of a provisionOnDemand reply, whichever documented form it used. */
export function onDemandResults(reply: GraphReply): ReplyJson[] {
  const value = JSON.parse(reply.body.value);
  return Array.isArray(value) ? value : [value];
}

/** Assigns a user or group to a configuration (msiam_access). */
export async function assignTo(sim: TestSimulator, configName: string, principalId: string): Promise<GraphReply> {
  const c = configuration(sim, configName);
  const sp = await graph(sim, 'GET', `/servicePrincipals/${c.servicePrincipalId}`);
  const appRoleId = sp.body.appRoles[0].id;
  return graph(sim, 'POST', `/servicePrincipals/${c.servicePrincipalId}/appRoleAssignedTo`, {
    body: { principalId, resourceId: c.servicePrincipalId, appRoleId },
  });
}

export async function userId(sim: TestSimulator, upn: string, tenant?: string): Promise<string> {
  const res = await graph(sim, 'GET', `/users/${encodeURIComponent(upn)}?$select=id`, {
    token: await sim.token(tenant),
  });
  if (res.status !== 200) throw new Error(`no user ${upn}: ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** Users of a target tenant that stand for a source user (B2B users with that mail). */
export async function targetUsersFor(sim: TestSimulator, tenant: string, mail: string): Promise<ReplyJson[]> {
  const filter = encodeURIComponent(`mail eq '${mail}'`);
  const res = await graph(
    sim,
    'GET',
    `/users?$filter=${filter}` +
      '&$select=id,displayName,userPrincipalName,userType,showInAddressList,department,accountEnabled',
    { token: await sim.token(tenant) },
  );
  return res.body.value;
}

/**
 * A Graph read of the identity and access reports (auditLogs): 5 per 10 s per app per tenant, so a test that reads
 * logs often waits out a 429's Retry-After as any Graph client must.
 */
export async function reportsGraph(
  sim: TestSimulator,
  method: string,
  pathOrUrl: string,
  opts: Parameters<typeof graph>[3] = {},
): Promise<GraphReply> {
  for (;;) {
    const res = await graph(sim, method, pathOrUrl, opts);
    if (res.status !== 429) return res;
    await sleep(Number(res.headers.get('retry-after') ?? '1') * 1000);
  }
}

/** Waits until Graph finds an object made moments ago (replication after instantiate), as a client must. */
export async function untilFound(sim: TestSimulator, path: string, token?: string): Promise<GraphReply> {
  for (let waited = 0; ; waited += 100) {
    const res = await graph(sim, 'GET', path, { token });
    if (res.status !== 404 || waited > 20_000) return res;
    await sleep(100);
  }
}
