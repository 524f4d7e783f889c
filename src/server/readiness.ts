/** A readiness check: resolves when the dependency answers, throws (or times out) when it does not. */
export interface ReadinessProbe {
  name: string;
  check(): Promise<void>;
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, string>;
}

/** Runs every probe at once; each gets `timeoutMs` before it counts as failed. */
export async function checkReadiness(probes: readonly ReadinessProbe[], timeoutMs: number): Promise<Readiness> {
  const results = await Promise.all(probes.map(async (p) => [p.name, await outcome(p, timeoutMs)] as const));
  return { ready: results.every(([, r]) => r === 'ok'), checks: Object.fromEntries(results) };
}

async function outcome(probe: ReadinessProbe, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([probe.check(), timeout]);
    return 'ok';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `failed: ${message.slice(0, 200)}`;
  } finally {
    clearTimeout(timer);
  }
}
