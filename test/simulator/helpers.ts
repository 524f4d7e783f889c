import { startTestSimulator, type TestSimulator } from '../support/simulator';

export interface GraphReply {
  status: number;
  headers: Headers;
  body: any;
}

/** A plain fetch against the simulator's Graph (paths relative to /v1.0, or absolute nextLinks). */
export async function graph(
  sim: TestSimulator,
  method: string,
  pathOrUrl: string,
  opts: { token?: string | null; headers?: Record<string, string>; body?: unknown } = {}
): Promise<GraphReply> {
  const url = pathOrUrl.startsWith('https://') ? pathOrUrl : `${sim.connection.graphBaseUrl}${pathOrUrl}`;
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token !== null) headers.Authorization = `Bearer ${opts.token ?? (await sim.token())}`;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(url, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const text = await res.text();
  let body: any = text;
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
