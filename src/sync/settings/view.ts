import type { GraphGateway } from '../../graph/gateway';
import type { AttributeMapping, SyncConfiguration, SyncSettings } from '../../domain';

export type SettingsGateway = Pick<GraphGateway, 'getSettings' | 'getMappings'>;

/** The settings an admin reasons about, from the secrets and the user attribute mappings. */
export interface SettingsView {
  configurationId: string;
  name: string;
  settings: SyncSettings;
  /** The mappings that decide who the synced users are in the target (absent when the job has no schema). */
  userType?: AttributeMapping;
  showInAddressList?: AttributeMapping;
  displayName?: AttributeMapping;
}

export async function readSettings(gateway: SettingsGateway, config: SyncConfiguration): Promise<SettingsView> {
  const [settings, mappings] = await Promise.all([
    gateway.getSettings(config.servicePrincipalId),
    config.job ? gateway.getMappings(config.servicePrincipalId, config.job.id) : Promise.resolve(undefined),
  ]);
  const mapping = (name: string) => mappings?.attributeMappings.find((m) => m.targetAttributeName === name);
  return {
    configurationId: config.servicePrincipalId,
    name: config.displayName,
    settings,
    userType: mapping('userType'),
    showInAddressList: mapping('showInAddressList'),
    displayName: mapping('displayName'),
  };
}

/** "Always" or "Only during creation", as the portal's "Apply this mapping" says it. */
export function applyWhen(flowType: string | undefined): string {
  return flowType === 'ObjectAddOnly' ? 'only during creation' : 'always';
}
