/** What an audit entry says was done: Entra's activity name, its category, the service that logs it. */
export interface Activity {
  name: string;
  category: string;
  loggedByService: string;
  operationType: string;
}

const coreDirectory = (category: string, name: string, operationType: string): Activity => ({
  name,
  category,
  loggedByService: 'Core Directory',
  operationType,
});

const accountProvisioning = (name: string, operationType: string): Activity => ({
  name,
  category: 'ProvisioningManagement',
  loggedByService: 'Account Provisioning',
  operationType,
});

/**
 * The activities the simulator logs, named as Microsoft's "audit log activities" reference names them
 * (learn.microsoft.com/entra/identity/monitoring-health/reference-audit-activities), except `provisionOnDemand`,
 * which the reference does not name (the README's "Activity names" table says so).
 */
export const ACTIVITY = {
  addPartner: coreDirectory('CrossTenantAccessSettings', 'Add a partner to cross-tenant access setting', 'Add'),
  updatePartner: coreDirectory('CrossTenantAccessSettings', 'Update a partner cross-tenant access setting', 'Update'),
  deletePartner: coreDirectory(
    'CrossTenantAccessSettings',
    'Delete partner specific cross-tenant access setting',
    'Delete',
  ),
  createIdentitySync: coreDirectory(
    'CrossTenantIdentitySyncSettings',
    'Create a partner cross-tenant identity sync setting',
    'Add',
  ),
  updateIdentitySync: coreDirectory(
    'CrossTenantIdentitySyncSettings',
    'Update a partner cross-tenant identity sync setting',
    'Update',
  ),
  deleteIdentitySync: coreDirectory(
    'CrossTenantIdentitySyncSettings',
    'Delete a partner cross-tenant identity sync setting',
    'Delete',
  ),
  addApplication: coreDirectory('ApplicationManagement', 'Add application', 'Add'),
  updateApplication: coreDirectory('ApplicationManagement', 'Update application', 'Update'),
  deleteApplication: coreDirectory('ApplicationManagement', 'Delete application', 'Delete'),
  addServicePrincipal: coreDirectory('ApplicationManagement', 'Add service principal', 'Add'),
  updateServicePrincipal: coreDirectory('ApplicationManagement', 'Update service principal', 'Update'),
  removeServicePrincipal: coreDirectory('ApplicationManagement', 'Remove service principal', 'Delete'),
  updateUser: coreDirectory('UserManagement', 'Update user', 'Update'),
  assignUser: coreDirectory('UserManagement', 'Add app role assignment grant to user', 'Assign'),
  unassignUser: coreDirectory('UserManagement', 'Remove app role assignment from user', 'Unassign'),
  assignGroup: coreDirectory('GroupManagement', 'Add app role assignment to group', 'Assign'),
  unassignGroup: coreDirectory('GroupManagement', 'Remove app role assignment from group', 'Unassign'),
  addJob: accountProvisioning('Add provisioning configuration', 'Add'),
  deleteJob: accountProvisioning('Delete provisioning configuration', 'Delete'),
  startJob: accountProvisioning('Enable/start provisioning configuration', 'Update'),
  pauseJob: accountProvisioning('Disable/pause provisioning configuration', 'Update'),
  restartJob: accountProvisioning('Enable/restart provisioning configuration', 'Update'),
  updateSchema: accountProvisioning('Update attribute mappings or scope', 'Update'),
  updateSecrets: accountProvisioning('Update provisioning setting or credentials', 'Update'),
  provisionOnDemand: accountProvisioning('Provision on demand', 'Other'),
} satisfies Record<string, Activity>;
