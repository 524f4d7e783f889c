import type { SyncJob } from '../../domain';
import { durationMs } from '../detect/stalled';
import type { ClassifiedChange } from './classify';

/** A configuration as the consequence needs it: its job (for the next cycle) and its target's name. */
export interface ConsequenceConfiguration {
  servicePrincipalId: string;
  displayName: string;
  job?: SyncJob;
  targetName?: string;
  allUsers?: boolean;
}

export interface ConsequenceInput {
  change: ClassifiedChange;
  configurations: readonly ConsequenceConfiguration[];
  who: string;
  tenantName: string;
  now: Date;
  /** Scope removals: users who leave scope (soft-deleted in the target at the next cycle), when counted. */
  leaving?: number;
}

/** When the job's next cycle starts: its last run's start plus the interval, if that is still ahead. */
export function nextCycleAt(job: SyncJob | undefined, now: Date): Date | undefined {
  if (!job || job.scheduleState !== 'Active') return undefined;
  const interval = durationMs(job.interval);
  const began = job.lastExecution?.timeBegan ? Date.parse(job.lastExecution.timeBegan) : undefined;
  if (interval === undefined || began === undefined) return undefined;
  const next = began + interval;
  return next > now.getTime() ? new Date(next) : undefined;
}

/** "in about 23 minutes" from the soonest next cycle, else "" (not known, or already due). */
function whenNext(configurations: readonly ConsequenceConfiguration[], now: Date): string {
  const soonest = configurations
    .map((c) => nextCycleAt(c.job, now)?.getTime())
    .filter((t): t is number => t !== undefined)
    .sort((a, b) => a - b)[0];
  if (soonest === undefined) return '';
  return `, in about ${Math.max(1, Math.round((soonest - now.getTime()) / 60_000))} minutes`;
}

const names = (configurations: readonly ConsequenceConfiguration[]): string => {
  const all = configurations.map((c) => c.displayName);
  return all.length <= 1 ? (all[0] ?? 'No configuration') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
};

/**
 * The change's consequence in plain words, from what the bot knows: which configurations it breaks and when their
 * next cycle is, who leaves scope, what a paused or deleted job means.
 */
export function describeConsequence(input: ConsequenceInput): string {
  const { change, configurations, who, tenantName, now } = input;
  const them = names(configurations);
  const target = configurations.find((c) => c.targetName)?.targetName ?? 'the target tenant';
  const when = whenNext(configurations, now);
  if (change.breaks) {
    const cycle = configurations.length > 1 ? 'their next cycles' : 'its next cycle';
    const did = change.after === 'deleted' ? `deleted ${change.what}` : `turned off ${change.what}`;
    return `${them} will fail at ${cycle}${when}: ${who} ${did} in ${tenantName}.`;
  }
  const principal = change.principal?.displayName;
  switch (change.kind) {
    case 'scopeRemoved': {
      const config = configurations[0];
      if (config?.allUsers)
        return `${config.displayName} syncs all users, so removing ${principal} changes nobody's scope.`;
      if (input.leaving === undefined)
        return `Users only in scope through ${principal} are soft-deleted in ${target} at the next cycle of ${them}.`;
      const users = `${input.leaving} ${input.leaving === 1 ? 'user' : 'users'}`;
      return `Removing ${principal} from ${them} soft-deletes ${users} in ${target} at the next cycle${when}.`;
    }
    case 'scopeAdded':
      return `${principal} comes into scope of ${them}: ${target} gets its users at the next cycle${when}.`;
    case 'jobPaused':
      return `${them} stops syncing until provisioning is started again; changes in the source wait until then.`;
    case 'jobStarted':
      return `${them} syncs again from its next cycle.`;
    case 'jobRemoved':
      return `${them} no longer syncs: its provisioning job was deleted.`;
    case 'jobAdded':
      return `${them} has a new provisioning job.`;
    case 'mappings':
      return `The next cycle of ${them} applies the changed mappings or scoping to every user in scope${when}.`;
    case 'settings':
      return `The next cycle of ${them} runs with the changed provisioning settings${when}.`;
    case 'configurationRemoved':
      return `${them} no longer exists: nothing syncs to ${target} any more; users already there stay.`;
    case 'inboundRedemption':
    case 'outboundRedemption':
    case 'userSyncInbound': {
      const effect = change.after === 'on' ? 'can provision again at its next cycle' : 'is not affected';
      return `${who} turned ${change.after} ${change.what} in ${tenantName}: ${them} ${effect}.`;
    }
    default:
      return `${who} changed ${change.what} in ${tenantName}; ${them} picks it up at its next cycle.`;
  }
}
