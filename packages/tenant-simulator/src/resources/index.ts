import { Router } from '../http/router';
import { applicationRoutes } from './applications';
import { appRoleAssignmentRoutes } from './app-role-assignments';
import { directoryRoleRoutes } from './directory-roles';
import { groupRoutes } from './groups';
import { identitySyncRoutes } from './identity-sync';
import { partnerRoutes } from './partners';
import { provisioningLogRoutes } from './provisioning-logs';
import { syncActionRoutes } from './sync-actions';
import { syncJobRoutes } from './sync-jobs';
import { syncSchemaRoutes } from './sync-schema';
import { syncSecretRoutes } from './sync-secrets';
import { tenantRelationshipRoutes } from './tenant-relationships';
import { userRoutes } from './users';

/** Every Graph route the simulator serves (registration only; each area lives in its own file). */
export function graphRouter(): Router {
  return new Router().add(
    ...userRoutes,
    ...groupRoutes,
    ...directoryRoleRoutes,
    ...partnerRoutes,
    ...identitySyncRoutes,
    ...tenantRelationshipRoutes,
    ...applicationRoutes,
    ...appRoleAssignmentRoutes,
    ...syncJobRoutes,
    ...syncActionRoutes,
    ...syncSecretRoutes,
    ...syncSchemaRoutes,
    ...provisioningLogRoutes,
  );
}
