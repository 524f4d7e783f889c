import type { ReadinessProbe } from './readiness';

/**
 * The probe run at most once per `ttlMs`: /readyz is anonymous, and each Graph check costs a token and a request, so
 * a caller polling it in a loop must not get the bot throttled. Calls while a check runs share it; the outcome
 * (success or the failure) is answered again until it is `ttlMs` old.
 */
export function cachedProbe(probe: ReadinessProbe, ttlMs: number, now: () => number = Date.now): ReadinessProbe {
  let last: { at: number; outcome: Promise<void> } | undefined;
  return {
    name: probe.name,
    check: () => {
      if (!last || now() - last.at >= ttlMs) {
        const outcome = probe.check();
        // The time counts from the end of the check, so a slow check does not lead straight into the next one.
        last = { at: Number.POSITIVE_INFINITY, outcome };
        const entry = last;
        const settle = () => {
          entry.at = now();
        };
        outcome.then(settle, settle);
      }
      return last.outcome;
    },
  };
}
