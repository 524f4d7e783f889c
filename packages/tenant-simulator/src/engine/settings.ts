import type { SimulatorState } from '../store/tenant';
import type { StrictSettings } from '../http/strictSettings';
import type { LatencySettings } from '../latency/profiles';

/** The engine's switches, which tests and demos can flip through the control API. */
export interface Settings extends StrictSettings, LatencySettings {
  /** provisionOnDemand answer: "B" (CTS: StatusInfo key + JSON array) or "A" (generic: JSON key + one object). */
  onDemandForm: 'A' | 'B';
  /** Seconds between scheduled sync cycles; undefined = the job's own interval (PT40M). */
  cycleSeconds?: number;
  /** Entry failures in one cycle before the escrow-proportion quarantine can trigger (real service: 5,000). */
  escrowMinFailures?: number;
  /** provisionOnDemand requests allowed per job per 10 seconds (the documented 5; 0 = no limit, for tests). */
  onDemandLimit: number;
}

/** What the engine works on: the tenants and the switches, read afresh on every cycle (the simulator core). */
export interface EngineHost {
  state: SimulatorState;
  settings: Settings;
}
