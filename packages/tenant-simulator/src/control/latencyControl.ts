import type { SimulatorCore } from '../core';
import { chooseLatency, LATENCY_PROFILES, type LatencyProfile } from '../latency/profiles';

/**
 * PATCH /_simulator/settings `{latency, latencySeed}`: the latency profile (README, "Latency"). A new profile sets
 * the replication delay too (a `replicationDelayMs` in the same body wins, applied after this); either switch
 * starts the seeded draws again, so the same PATCH gives the same waits.
 */
export function applyLatencySettings(core: SimulatorCore, b: Record<string, unknown>): void {
  if (b.latency === undefined && b.latencySeed === undefined) return;
  if (b.latency !== undefined && !LATENCY_PROFILES.includes(b.latency as LatencyProfile))
    throw new Error(`latency must be one of ${LATENCY_PROFILES.join(', ')}`);
  if (b.latencySeed !== undefined && !Number.isSafeInteger(b.latencySeed))
    throw new Error('latencySeed must be a whole number');
  chooseLatency(core.settings, {
    latency: b.latency as LatencyProfile | undefined,
    latencySeed: b.latencySeed as number | undefined,
  });
  core.latency.reset();
}
