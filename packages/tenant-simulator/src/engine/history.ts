import type { Tenant } from '../store/tenant';
import type { SimulatorState } from '../store/tenant';
import { jobContext } from './context';
import { decide } from './decide';
import { logEntry, SYSTEM_INITIATOR } from './logEntry';
import { settledSignature } from './types';

/**
 * Log entries for seeded jobs' past successful run: what that run decided for users already in scope at the time
 * (Contoso A: Lee Gu skipped by the "Filter external users" scoping filter). Users assigned since then are untouched.
 */
export function seedPastRuns(
  state: SimulatorState,
  source: Tenant,
  pastRun: { configuration: string; userIds: string[] }[],
): void {
  for (const run of pastRun) {
    const sp = [...source.servicePrincipals.values()].find((x) => x.data.displayName === run.configuration);
    const job = sp?.synchronization ? [...sp.synchronization.jobs.values()][0] : undefined;
    const execution = job?.status.lastExecution as { activityIdentifier?: string; timeBegan?: string } | null;
    if (!sp || !job || !execution?.timeBegan) continue;
    const ctx = jobContext(state, source, sp, job);
    const began = Date.parse(execution.timeBegan);
    run.userIds.forEach((id, i) => {
      const user = source.users.get(id);
      if (!user) return;
      const d = decide(ctx, user, 'cycle');
      d.apply();
      job.engine.lastSignatures.set(id, settledSignature(d));
      source.provisioningLogs.add(
        logEntry(ctx, d, {
          cycleId: execution.activityIdentifier ?? 'seed',
          at: began + 1000 + i * 25,
          initiatedBy: SYSTEM_INITIATOR,
        }),
      );
    });
  }
}
