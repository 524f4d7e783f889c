import type { AuthCodes } from './auth/authCodes';
import type { SigningKey } from './auth/signingKey';
import type { RequestCounters } from './control/counters';
import type { FaultSet } from './control/faults';
import type { Scheduler } from './engine/scheduler';
import type { Settings } from './engine/settings';
import type { Router } from './http/router';
import type { LatencyDraws } from './latency/latencyDraws';
import type { Services } from './http/types';
import type { SimulatorState } from './store/tenant';
import type { ReportsThrottle } from './strict/reportsThrottle';

/** Everything the server, the control API and the engine share. */
export interface SimulatorCore {
  state: SimulatorState;
  key: SigningKey;
  /** Authorization codes the sign-in page issued and the token endpoint has not redeemed yet. */
  codes: AuthCodes;
  router: Router;
  faults: FaultSet;
  counters: RequestCounters;
  services: Services;
  settings: Settings;
  /** The seeded streams behind each Graph call's wait under the latency profile (settings.latency). */
  latency: LatencyDraws;
  /** The identity and access reports limit (strict/reportsThrottle.ts). */
  reports: ReportsThrottle;
  controlToken: string;
  /** Set once the engine exists (the control API runs cycles through it). */
  scheduler?: Scheduler;
}
