import type { SyncConfiguration } from '../../domain';

const ENTRA = 'https://entra.microsoft.com';

/**
 * The configuration's provisioning logs in the Microsoft Entra admin center (the enterprise application's
 * Provisioning blade), or the tenant's provisioning logs when the configuration is not known.
 */
export function provisioningLogsLink(config?: Pick<SyncConfiguration, 'servicePrincipalId' | 'appId'>): string {
  if (config?.servicePrincipalId && config.appId) {
    const sp = encodeURIComponent(config.servicePrincipalId);
    const app = encodeURIComponent(config.appId);
    return (
      `${ENTRA}/#view/Microsoft_AAD_Connect_Provisioning/ProvisioningMenuBlade/~/ProvisioningLogs/objectId/` +
      `${sp}/appId/${app}`
    );
  }
  return `${ENTRA}/#view/Microsoft_AAD_IAM/ProvisioningLogsBlade`;
}
