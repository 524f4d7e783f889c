import { CodedError } from '../errors';
import type { GraphGateway } from '../graph/gateway';
import type { Logger } from '../logging';
import type { ConfigurationCatalog, ConfigurationDetails } from './catalog';
import { matchConfiguration } from './configurationNames';
import { configurationWarnings } from './configurationWarnings';
import type { MappingSet, PartnerPolicy, ScopeAssignment, SyncConfiguration, SyncJob, SyncSettings } from '../domain';

export type CatalogGateway = Pick<GraphGateway, 'listConfigurations' | 'findTenantsById' | 'readConfigurationParts'>;

export interface CatalogOptions {
  gateway: CatalogGateway;
  logger: Logger;
  /** How long a listing is reused: long enough for one conversation turn, short enough to stay fresh. */
  cacheMs?: number;
  now?: () => number;
}

/** The configurations of the source tenant, named and described for the bot. */
export function createConfigurationCatalog(options: CatalogOptions): ConfigurationCatalog {
  const { gateway, logger } = options;
  const cacheMs = options.cacheMs ?? 5000;
  const now = options.now ?? Date.now;
  let cached: { at: number; list: Promise<SyncConfiguration[]> } | undefined;

  async function load(): Promise<SyncConfiguration[]> {
    const configurations = await gateway.listConfigurations();
    const ids = [...new Set(configurations.map((c) => c.target?.tenantId).filter((id): id is string => !!id))];
    if (ids.length === 0) return configurations;
    try {
      const tenants = new Map((await gateway.findTenantsById(ids)).map((t) => [t.tenantId, t]));
      return configurations.map((c) =>
        c.target && tenants.has(c.target.tenantId)
          ? { ...c, target: { ...c.target, ...tenants.get(c.target.tenantId) } }
          : c,
      );
    } catch (error) {
      // Names are a nicety: without CrossTenantInformation.ReadBasic.All the list still shows tenant ids.
      logger.warn({ err: error }, 'Could not look up target tenant names; showing tenant ids');
      return configurations;
    }
  }

  function list(): Promise<SyncConfiguration[]> {
    if (cached && now() - cached.at < cacheMs) return cached.list;
    const fresh = { at: now(), list: load() };
    cached = fresh;
    // A failed listing is not cached: the next question tries Graph again.
    fresh.list.catch(() => {
      if (cached === fresh) cached = undefined;
    });
    return fresh.list;
  }

  return {
    list,
    async resolve(name) {
      return matchConfiguration(name, await list());
    },
    async details(config): Promise<ConfigurationDetails> {
      const sp = config.servicePrincipalId;
      const jobId = config.job?.id;
      const targetId = config.target?.tenantId;
      // One $batch round trip for all of it; the mappings come from the gateway's schema cache when it has them.
      const read = await gateway.readConfigurationParts(sp, { jobId, partnerTenantId: targetId });
      // null: the source tenant has no partner entry for the target (a finding, not a failure).
      const parts = [
        read.job,
        read.settings,
        read.assignments,
        read.mappings,
        targetId ? (read.partner ?? null) : undefined,
      ] as const;
      const failures = parts.flatMap((part, i) =>
        part instanceof CodedError ? [{ what: PART_NAMES[i], error: part }] : [],
      );
      if (failures.length === parts.length) throw failures[0].error;
      for (const failure of failures)
        logger.warn({ err: failure.error, configuration: config.displayName }, `Could not read the ${failure.what}`);

      const [job, settings, assignments, mappings, partner] = parts.map(valueOf) as [
        SyncJob | undefined,
        SyncSettings | undefined,
        ScopeAssignment[] | undefined,
        MappingSet | undefined,
        PartnerPolicy | null | undefined,
      ];
      const fresh: SyncConfiguration = {
        ...config,
        job: job ?? config.job,
        scopeMode: settings?.scopeMode ?? config.scopeMode,
      };
      return {
        config: fresh,
        settings,
        scope: { users: countOf(assignments, 'User'), groups: countOf(assignments, 'Group') },
        mappings,
        partner: partner ?? undefined,
        warnings: [
          ...failures.map((f) => `Could not read the ${f.what}: ${f.error.message}`),
          ...configurationWarnings({ config: fresh, settings, assignments, mappings, partner }),
        ],
      };
    },
  };
}

const PART_NAMES = ['job', 'settings', 'scope assignments', 'attribute mappings', 'partner policy'] as const;

function valueOf(part: unknown): unknown {
  return part instanceof CodedError ? undefined : part;
}

function countOf(assignments: ScopeAssignment[] | undefined, type: string): number {
  return assignments?.filter((a) => a.principalType === type).length ?? 0;
}
