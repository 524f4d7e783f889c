import type { MappingSet, PartnerPolicy, SyncConfiguration, SyncSettings } from '../domain';

/** What "show configuration" needs: the configuration and everything said about it. */
export interface ConfigurationDetails {
  config: SyncConfiguration;
  settings?: SyncSettings;
  scope: { users: number; groups: number };
  mappings?: MappingSet;
  /** The source tenant's partner entry for the target (trust, outbound auto-redemption). */
  partner?: PartnerPolicy;
  /** Plain-language warnings an admin should see (Guest vs Member, only-on-creation, ...). */
  warnings: string[];
}

export interface ConfigurationMatch {
  /** Set when exactly one configuration matches the name. */
  match?: SyncConfiguration;
  /** Several close matches (ambiguous), or every configuration when nothing matched. */
  candidates: SyncConfiguration[];
}

/** The read side of configurations, used by list / show and by every command that names one. */
export interface ConfigurationCatalog {
  list(): Promise<SyncConfiguration[]>;
  /** Forgiving lookup: "contoso a", "Contoso-A", "CONTOSO A" all find "Contoso A". */
  resolve(name: string): Promise<ConfigurationMatch>;
  details(config: SyncConfiguration): Promise<ConfigurationDetails>;
}
