// The access room: who is acting and what they may do. Handlers use verifiedActor(ctx).
export { verifiedActor } from './actor';
export { actorHook } from './actorHook';
export { RoleDirectory, type RoleSource } from './roleDirectory';
export { describeGrant, grantsOf, rolesFromMemberships, ROLES } from './roleGrants';
export { requireRole } from './requireRole';
export { actingUserOf } from './actingUser';
