/** Graph JSON shape of directoryAudit (v1.0: learn.microsoft.com/graph/api/resources/directoryaudit). */
import type { WireModifiedProperty } from './provisioning';

export interface WireDirectoryAudit {
  id: string;
  activityDateTime: string;
  activityDisplayName?: string | null;
  category?: string | null;
  correlationId?: string | null;
  loggedByService?: string | null;
  operationType?: string | null;
  result?: string | null;
  resultReason?: string | null;
  initiatedBy?: {
    user?: {
      id?: string | null;
      displayName?: string | null;
      userPrincipalName?: string | null;
      ipAddress?: string | null;
    } | null;
    app?: {
      appId?: string | null;
      displayName?: string | null;
      servicePrincipalId?: string | null;
      servicePrincipalName?: string | null;
    } | null;
  } | null;
  targetResources?: Array<{
    id?: string | null;
    displayName?: string | null;
    type?: string | null;
    userPrincipalName?: string | null;
    groupType?: string | null;
    modifiedProperties?: WireModifiedProperty[] | null;
  }> | null;
  additionalDetails?: Array<{ key?: string | null; value?: string | null }> | null;
}
