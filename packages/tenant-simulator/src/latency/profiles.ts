/**
 * How long Graph takes to answer, per kind of call (see the package README, "Latency"). No page gives a duration
 * for these calls; realistic follows what the docs imply and what is seen on real tenants:
 * - provisionOnDemand runs import, scoping, matching and export for one user while the caller waits: seconds to
 *   tens of seconds (the provisioning log sample shows `durationInMilliseconds` 4375 for one user);
 * - a test connection (validateCredentials) signs in to both tenants and checks their policies: several seconds;
 * - job start, pause and restart: a second or more;
 * - replication: "It can take up to 15 seconds for the configuration that you just created to appear in the
 *   list" (learn.microsoft.com/entra/identity/multi-tenant-organizations/cross-tenant-synchronization-configure-graph).
 * Short is the same shape ten times shorter; off answers at once and replicates at once.
 */
export type LatencyProfile = 'off' | 'short' | 'realistic';
export const LATENCY_PROFILES: readonly LatencyProfile[] = ['off', 'short', 'realistic'];

export type CallKind = 'provisionOnDemand' | 'validateCredentials' | 'jobControl' | 'read' | 'write';

/** Milliseconds, drawn uniformly between the two bounds. */
export type LatencyRange = readonly [min: number, max: number];

export interface ProfileTimes {
  calls: Record<CallKind, LatencyRange>;
  /** How long a service principal made by instantiate, and a new job, answer 404 (the strict replication rule). */
  replicationDelayMs: number;
}

const REALISTIC: ProfileTimes = {
  calls: {
    provisionOnDemand: [5_000, 30_000],
    validateCredentials: [2_000, 10_000],
    jobControl: [1_000, 3_000],
    read: [50, 300],
    // Writes (PATCH, PUT, POST, DELETE, instantiate included) take as long as reads: no page says otherwise.
    write: [50, 300],
  },
  replicationDelayMs: 15_000,
};

/** The same shape, every wait multiplied by `factor`. */
function scaled(times: ProfileTimes, factor: number): ProfileTimes {
  const calls = {} as Record<CallKind, LatencyRange>;
  for (const kind of Object.keys(times.calls) as CallKind[]) {
    const [min, max] = times.calls[kind];
    calls[kind] = [Math.round(min * factor), Math.round(max * factor)];
  }
  return { calls, replicationDelayMs: Math.round(times.replicationDelayMs * factor) };
}

export const PROFILE_TIMES: Record<LatencyProfile, ProfileTimes> = {
  off: scaled(REALISTIC, 0),
  short: scaled(REALISTIC, 0.1),
  realistic: REALISTIC,
};

/** Standalone default: as slow as Graph, as the simulator is as strict as Graph. Tests and local mode pick short. */
export const DEFAULT_LATENCY: LatencyProfile = 'realistic';
export const DEFAULT_LATENCY_SEED = 14;

const JOB_CONTROL = /\/(start|pause|restart)$/;

/** Which kind of call a Graph request is, from its method and route template. */
export function callKind(method: string, template: string): CallKind {
  if (template.endsWith('/provisionOnDemand')) return 'provisionOnDemand';
  if (template.endsWith('/validateCredentials')) return 'validateCredentials';
  if (method === 'POST' && JOB_CONTROL.test(template)) return 'jobControl';
  return method === 'GET' ? 'read' : 'write';
}

/** The latency switches in the simulator's settings (GET/PATCH /_simulator/settings). */
export interface LatencySettings {
  latency: LatencyProfile;
  latencySeed: number;
}

/**
 * Chooses a profile (and seed): the replication delay follows the profile unless a delay is given with it, so
 * `{latency: 'short'}` also makes a new service principal invisible for 1.5 s instead of 15 s.
 */
export function chooseLatency(
  settings: LatencySettings & { replicationDelayMs: number },
  change: { latency?: LatencyProfile; latencySeed?: number; replicationDelayMs?: number },
): void {
  if (change.latency !== undefined) {
    settings.latency = change.latency;
    settings.replicationDelayMs = PROFILE_TIMES[change.latency].replicationDelayMs;
  }
  if (change.latencySeed !== undefined) settings.latencySeed = change.latencySeed;
  if (change.replicationDelayMs !== undefined) settings.replicationDelayMs = change.replicationDelayMs;
}
