import type { Context } from '@microsoft/microsoft-graph-client';
import { isBackgroundWork, tellGraphWait } from '../../../graphWaits';
import type { ReportsBudget } from '../reportsBudget';
import { ChainLink, urlOf } from './chainLink';

const REPORTS = /\/auditLogs\//i;

/**
 * Takes a slot of the tenant's reports budget before each attempt at a log read (inside the retry, so a retry
 * takes one too). A person who must wait is told how long on their card; the monitor waits quietly, behind people.
 * Log reads are never sent inside a $batch (each item would count against the same 5 per 10 s).
 */
export class ReportsBudgetLink extends ChainLink {
  constructor(private readonly budget: ReportsBudget) {
    super();
  }

  async execute(context: Context): Promise<void> {
    if (REPORTS.test(new URL(urlOf(context)).pathname)) {
      const background = isBackgroundWork();
      await this.budget.take(background ? 'background' : 'person', (ms) => {
        if (!background && ms > 0) tellGraphWait({ reason: "Graph's log quota", seconds: Math.ceil(ms / 1000) });
      });
    }
    await this.callNext(context);
  }
}
