import crypto from 'node:crypto';
import { ACTIVITY } from '../audit/activities';
import { auditEntry } from '../audit/record';
import { changed, target } from '../audit/targets';
import type { SimulatorCore } from '../core';
import type { LogEntry } from '../store/logStore';
import { tenantByAny } from './lookup';

/** Microsoft Graph Command Line Tools (the PowerShell SDK's first-party app): who makes the seeded noise. */
const COMMAND_LINE_TOOLS = {
  appId: '14d82eec-204b-4c2f-b7e8-296a70dab67e',
  displayName: 'Microsoft Graph Command Line Tools',
  servicePrincipalId: null,
  servicePrincipalName: 'Microsoft Graph Command Line Tools',
};

/**
 * Adds N directory audit entries that have nothing to do with cross-tenant sync ("Update user" of a job title by a
 * script), spread evenly over the last `minutes` (default 0: all stamped now), so a watcher must page through them
 * (benchmarks: 1,000 per poll).
 */
export function seedDirectoryAudits(
  core: SimulatorCore,
  count: number,
  tenantKey?: string,
  minutes = 0,
): { added: number; total: number } {
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) throw new Error('count must be 1..1000000');
  if (!(minutes >= 0)) throw new Error('minutes must be 0 or more');
  const tenant = tenantKey ? tenantByAny(core, tenantKey) : core.state.source();
  const users = [...tenant.users.all()].slice(0, 5000);
  const now = Date.now();
  const span = minutes * 60_000;
  for (let i = 0; i < count; i++) {
    const user = users[i % users.length];
    const entry: LogEntry = auditEntry({
      activity: ACTIVITY.updateUser,
      initiatedBy: { app: COMMAND_LINE_TOOLS, user: null },
      targetResources: [
        target('User', user.data.id, null, [changed('JobTitle', ['Associate'], [`Associate ${(i % 7) + 1}`])], {
          userPrincipalName: user.data.userPrincipalName,
        }),
      ],
      additionalDetails: [],
      correlationId: crypto.randomUUID(),
      at: new Date(now - span + Math.floor(((i + 1) * span) / count)),
    });
    tenant.directoryAudits.add(entry);
  }
  return { added: count, total: tenant.directoryAudits.size };
}
