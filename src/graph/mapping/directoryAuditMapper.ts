import type { AuditInitiator, DirectoryAuditEntry } from '../../domain';
import type { WireDirectoryAudit } from '../wire/audit';

const RESULTS = new Set(['success', 'failure', 'timeout']);
const given = (value: string | null | undefined): string | undefined => value ?? undefined;

/** directoryAudit → DirectoryAuditEntry: nulls dropped, additionalDetails as a record, the initiator's kind named. */
export function toDirectoryAudit(wire: WireDirectoryAudit): DirectoryAuditEntry {
  const result = wire.result ?? 'unknown';
  return {
    id: wire.id,
    activityDateTime: wire.activityDateTime,
    activityDisplayName: wire.activityDisplayName ?? '',
    category: wire.category ?? '',
    operationType: given(wire.operationType),
    loggedByService: given(wire.loggedByService),
    correlationId: given(wire.correlationId),
    result: RESULTS.has(result) ? (result as DirectoryAuditEntry['result']) : 'unknown',
    initiatedBy: initiatorOf(wire.initiatedBy),
    targets: (wire.targetResources ?? []).map((t) => ({
      id: t.id ?? '',
      type: t.type ?? '',
      displayName: given(t.displayName),
      userPrincipalName: given(t.userPrincipalName),
      modifiedProperties: (t.modifiedProperties ?? []).map((p) => ({
        name: p.displayName ?? '',
        oldValue: given(p.oldValue),
        newValue: given(p.newValue),
      })),
    })),
    details: Object.fromEntries(
      (wire.additionalDetails ?? []).filter((d) => d.key).map((d) => [d.key as string, d.value ?? '']),
    ),
  };
}

/** A user when Graph names one (a person, possibly through an app), else the app. */
function initiatorOf(wire: WireDirectoryAudit['initiatedBy']): AuditInitiator {
  const user = wire?.user;
  if (user && (user.id || user.userPrincipalName))
    return {
      kind: 'user',
      id: given(user.id),
      displayName: given(user.displayName),
      userPrincipalName: given(user.userPrincipalName),
    };
  const app = wire?.app;
  return {
    kind: 'app',
    appId: given(app?.appId),
    servicePrincipalId: given(app?.servicePrincipalId),
    displayName: given(app?.displayName ?? app?.servicePrincipalName),
  };
}
