import type { GraphGateway } from '../graph/gateway';
import { previewRemoval } from '../sync/removal';
import { MappingChange, MappingGateway, previewMappingChange } from '../sync/settings';
import type { SyncConfiguration } from '../domain';
import type { Impact } from './model';

/** The impact of the settings and removal change kinds, from their own domain previews (sync/settings, sync/removal).
 */
export async function mappingImpact(
  gateway: MappingGateway,
  config: SyncConfiguration,
  change: MappingChange,
): Promise<Impact> {
  const preview = await previewMappingChange(gateway, config, change);
  if (!preview)
    return {
      entering: 0,
      leaving: 0,
      leavingNames: [],
      existingUsersChange: 'Nothing changes.',
      notes: [`${config.displayName} has no ${change.attribute} mapping.`],
    };
  const beforeAfter = `${preview.setting}: before ${preview.before}, after ${preview.after}.`;
  return {
    entering: 0,
    leaving: 0,
    leavingNames: [],
    existingUsersChange: preview.alreadyInEffect
      ? 'Nothing changes: the mapping already says this.'
      : preview.existingUsers,
    notes: [beforeAfter],
  };
}

export async function removalImpact(
  gateway: Pick<GraphGateway, 'listAssignments' | 'findTenantById'>,
  config: SyncConfiguration,
): Promise<Impact> {
  const preview = await previewRemoval(gateway, config);
  return {
    entering: 0,
    leaving: 0,
    leavingNames: [],
    existingUsersChange: preview.consequences[1],
    notes: [preview.consequences[0], ...preview.consequences.slice(2)],
  };
}
