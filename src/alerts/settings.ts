/** How the monitor decides; defaults suit the real 40-minute cycle. */
export interface AlertSettings {
  pollSeconds: number;
  /** Failures with one error code in one poll that make a burst (access failures alert at the first). */
  burstThreshold: number;
  /** A job with no successful run for this many intervals (at least minStalledMinutes) has stopped. */
  stalledIntervals: number;
  minStalledMinutes: number;
  /** Log entries read per configuration per poll at most; beyond it counts are lower bounds. */
  maxEntriesPerPoll: number;
  /**
   * Provisioning-log requests per poll at most (500 entries each). The reports limit is 5 per 10 s for the whole
   * app in the tenant, so the monitor leaves the rest to people; a busier stream is read on over the next polls.
   */
  maxLogRequestsPerPoll: number;
  /** How many affected users a card lists. */
  affectedUsersShown: number;
}

export function alertSettings(pollSeconds: number, overrides: Partial<AlertSettings> = {}): AlertSettings {
  return {
    pollSeconds,
    burstThreshold: 5,
    stalledIntervals: 3,
    minStalledMinutes: 120,
    maxEntriesPerPoll: 5000,
    maxLogRequestsPerPoll: 2,
    affectedUsersShown: 5,
    ...overrides,
  };
}
