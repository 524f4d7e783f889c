import crypto from 'node:crypto';
import type { SimulatorCore } from '../core';
import { jobContext } from '../engine/context';
import { logEntry, SYSTEM_INITIATOR } from '../engine/logEntry';
import type { Decision } from '../engine/types';
import { seedConfiguration } from '../seed/configurations';
import type { LogEntry } from '../store/logStore';
import { configurationByAny, tenantByAny } from './lookup';

/** Adds N configurations (instantiated app, started Azure2Azure job, secrets, one assignment) to the source tenant. */
export function seedConfigurations(
  core: SimulatorCore,
  count: number,
  targetKey = 'fabrikam',
): { created: number; total: number } {
  if (!Number.isInteger(count) || count < 1 || count > 5000) throw new Error('count must be 1..5000');
  const source = core.state.source();
  const target = tenantByAny(core, targetKey);
  const users = [...source.users.all()].filter((u) => u.data.userType === 'Member');
  const start = [...source.servicePrincipals.values()].filter((sp) => sp.synchronization).length;
  const now = Date.now();
  for (let i = 0; i < count; i++) {
    const n = start + i + 1;
    const name = `Benchmark ${String(n).padStart(4, '0')}`;
    const { job } = seedConfiguration(
      source,
      {
        key: `bench-${n}`,
        displayName: name,
        target,
        assign: [users[n % users.length].data.id],
        state: 'active',
        createdDateTime: '2024-07-01T00:00:00Z',
      },
      now,
    );
    if (core.scheduler) core.scheduler.reschedule(job);
  }
  return { created: count, total: start + count };
}

/**
 * Adds N provisioning log entries for a configuration, spread evenly over the last `hours` (benchmarks: 100,000).
 * A deterministic mix: mostly updates and redundant skips, some creates, a few failures.
 */
export function seedProvisioningLogs(
  core: SimulatorCore,
  count: number,
  configuration = 'Contoso A',
  hours = 24,
): { added: number; total: number } {
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) throw new Error('count must be 1..1000000');
  const { tenant, sp, job } = configurationByAny(core, configuration);
  const ctx = jobContext(core.state, tenant, sp, job);
  const users = [...tenant.users.all()].slice(0, 5000);
  const now = Date.now();
  const span = hours * 3600_000;
  const entries: LogEntry[] = [];
  let cycleId = crypto.randomUUID();
  for (let i = 0; i < count; i++) {
    if (i % 500 === 0) cycleId = crypto.randomUUID();
    const user = users[i % users.length];
    const roll = i % 20;
    const upn = user.data.userPrincipalName;
    const d: Decision = {
      user,
      action: roll < 8 ? 'update' : roll < 16 ? 'other' : roll < 19 ? 'create' : 'create',
      status: roll < 8 ? 'success' : roll < 16 ? 'skipped' : roll < 19 ? 'success' : 'failure',
      steps: [
        {
          name: 'EntryImportUpdate',
          type: 'import',
          status: 'success',
          description: `Received User '${upn}' change of type (Update) from Azure Active Directory`,
          details: {},
        },
      ],
      modified:
        roll < 8
          ? [{ displayName: 'department', oldValue: 'Sales', newValue: String(user.data.department ?? 'Sales') }]
          : [],
      error:
        roll === 19
          ? {
              errorCode: 'AzureActiveDirectoryForbidden',
              reason:
                'Guest invitations not allowed for your company. Contact your company administrator for more details.',
              additionalDetails: null,
              errorCategory: 'nonServiceFailure',
              recommendedAction: "Relax the target tenant's external collaboration settings.",
            }
          : null,
      targetUserId: roll === 19 ? null : crypto.randomUUID(),
      deleteLike: false,
      signature: '',
      apply: () => undefined,
    };
    entries.push(
      logEntry(ctx, d, { cycleId, at: now - span + Math.floor((span * i) / count), initiatedBy: SYSTEM_INITIATOR }),
    );
  }
  tenant.provisioningLogs.addMany(entries);
  return { added: count, total: tenant.provisioningLogs.size };
}
