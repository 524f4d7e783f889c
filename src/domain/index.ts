/**
 * The domain floor: the types (and pure helpers over them) that the services and the Graph gateway share. Nothing
 * here knows HTTP, Graph's wire format or Teams, and this folder imports nothing.
 */
export * from './access';
export * from './configuration';
export * from './directory';
export * from './mappings';
export * from './mappingValues';
export * from './policy';
export * from './provisioning';
export * from './audit';
