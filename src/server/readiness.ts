/** A readiness check: resolves when the dependency answers, throws (or times out) when it does not. */
export interface ReadinessProbe {
  name: string;
  check(): Promise<void>;
}

export interface Readiness {
  ready: boolean;
  /** Each part's name with 'ok' or 'failed': all an anonymous caller learns. */
  checks: Record<string, 'ok' | 'failed'>;
  /** Why each failed part failed, for the log only (it may name the authority, a tenant or a client id). */
  failures: Record<string, string>;
}

/** Runs every probe at once; each gets `timeoutMs` before it counts as failed. */
export async function checkReadiness(probes: readonly ReadinessProbe[], timeoutMs: number): Promise<Readiness> {
  const results = await Promise.all(probes.map(async (p) => [p.name, await failureOf(p, timeoutMs)] as const));
  return {
    ready: results.every(([, failure]) => failure === undefined),
    checks: Object.fromEntries(results.map(([name, failure]) => [name, failure === undefined ? 'ok' : 'failed'])),
    failures: Object.fromEntries(results.filter(([, failure]) => failure !== undefined)) as Record<string, string>,
  };
}

async function failureOf(probe: ReadinessProbe, timeoutMs: number): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([probe.check(), timeout]);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.slice(0, 300);
  } finally {
    clearTimeout(timer);
  }
}
