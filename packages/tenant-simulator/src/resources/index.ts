import { Router } from '../http/router';
import { applicationRoutes } from './applications';
import { applicationUpdateRoutes } from './applicationUpdates';
import { appRoleAssignmentRoutes } from './appRoleAssignments';
import { directoryAuditRoutes } from './directoryAudits';
import { directoryRoleRoutes } from './directoryRoles';
import { groupRoutes } from './groups';
import { identitySyncRoutes } from './identitySync';
import { partnerRoutes } from './partners';
import { provisioningLogRoutes } from './provisioningLogs';
import { roleEligibilityRoutes } from './roleEligibility';
import { syncActionRoutes } from './syncActions';
import { syncJobRoutes } from './syncJobs';
import { syncSchemaRoutes } from './syncSchema';
import { syncSecretRoutes } from './syncSecrets';
import { tenantRelationshipRoutes } from './tenantRelationships';
import { userRoutes } from './users';

/** Every Graph route the simulator serves (registration only; each area lives in its own file). */
export function graphRouter(): Router {
  return new Router().add(
    ...userRoutes,
    ...groupRoutes,
    ...directoryRoleRoutes,
    ...roleEligibilityRoutes,
    ...partnerRoutes,
    ...identitySyncRoutes,
    ...tenantRelationshipRoutes,
    ...applicationRoutes,
    ...applicationUpdateRoutes,
    ...appRoleAssignmentRoutes,
    ...syncJobRoutes,
    ...syncActionRoutes,
    ...syncSecretRoutes,
    ...syncSchemaRoutes,
    ...provisioningLogRoutes,
    ...directoryAuditRoutes,
  );
}
