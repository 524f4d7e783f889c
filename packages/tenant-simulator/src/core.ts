import type { SigningKey } from './auth/signingKey';
import type { Scheduler } from './engine/scheduler';
import type { RequestCounters } from './control/counters';
import type { FaultSet } from './control/faults';
import type { Router } from './http/router';
import type { Services } from './http/types';
import type { SimulatorState } from './store/tenant';

/** Switches tests and demos can flip through the control API. */
export interface Settings {
  /** provisionOnDemand answer: "B" (CTS: StatusInfo key + JSON array) or "A" (generic: JSON key + one object). */
  onDemandForm: 'A' | 'B';
  /** Seconds between scheduled sync cycles; undefined = the job's own interval (PT40M). */
  cycleSeconds?: number;
  /** Entry failures in one cycle before the escrow-proportion quarantine can trigger (real service: 5,000). */
  escrowMinFailures?: number;
  /** provisionOnDemand requests allowed per job per 10 seconds (the documented 5; 0 = no limit, for tests). */
  onDemandLimit: number;
}

/** Everything the HTTP layer and the engine share. */
export interface SimulatorCore {
  state: SimulatorState;
  key: SigningKey;
  router: Router;
  faults: FaultSet;
  counters: RequestCounters;
  services: Services;
  settings: Settings;
  controlToken: string;
  /** Set once the engine exists (the control API runs cycles through it). */
  scheduler?: Scheduler;
}
