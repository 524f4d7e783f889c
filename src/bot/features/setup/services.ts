import type { Logger } from '../../../logging';
import type { KeyedMutex } from '../../../storage';
import type { SetupPlan, SetupRun, SetupStep } from '../../../sync/setup';

/** What guided setup needs: the plan for a target tenant, the run that carries it out, one run per target. */
export interface SetupServices {
  /** What exists and what is missing on both sides, read from Graph now. */
  inspect(target: string): Promise<SetupPlan>;
  /** Creates what is missing and tests the connection, reporting each step. */
  run(plan: SetupPlan, log: Logger, onProgress: (steps: SetupStep[]) => Promise<void>): Promise<SetupRun>;
  /** One setup per target at a time in this process: a double click finds the first run's configuration. */
  runs: KeyedMutex;
  verbs: ReadonlySet<string>;
}
