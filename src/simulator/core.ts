import type { SigningKey } from './auth/signing-key';
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
}
