import { PROFILE_TIMES, type LatencyProfile } from './profiles';

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(2))}`;

/** One line for people: "realistic: provisionOnDemand 5-30 s, test connection 2-10 s, ...". */
export function describeLatency(profile: LatencyProfile): string {
  if (profile === 'off') return 'off: every call answers at once, no replication delay';
  const { calls, replicationDelayMs } = PROFILE_TIMES[profile];
  const range = ([min, max]: readonly [number, number]) => `${seconds(min)}-${seconds(max)} s`;
  return (
    `${profile}: provisionOnDemand ${range(calls.provisionOnDemand)}, test connection ` +
    `${range(calls.validateCredentials)}, job start/pause/restart ${range(calls.jobControl)}, other calls ` +
    `${range(calls.read)}, replication after instantiate ${seconds(replicationDelayMs)} s`
  );
}
