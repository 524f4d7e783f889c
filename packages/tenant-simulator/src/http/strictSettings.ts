/**
 * The switches of the rules Graph documents (see the package README, "Strict rules"): on by default, chosen
 * through the control API (PATCH /_simulator/settings).
 */
export interface StrictSettings {
  /** Identity and access reports requests per app per tenant per 10 s (Graph: 5); 0 only for a leniency test. */
  reportsLimit: number;
  /** How long a service principal made by instantiate, and a job just created, answer 404 (Graph: up to 15 s). */
  replicationDelayMs: number;
  /** The shape of a failed test connection (validateCredentials). */
  testConnectionShape: TestConnectionShape;
  /** Whether provisionOnDemand's answer carries statusInfo (the documented example is cut off before it). */
  onDemandStatusInfo: boolean;
}

export type TestConnectionShape = 'b2bPolicy' | 'crossTenantSyncPolicy' | 'unknownErrorWrapped';
export const TEST_CONNECTION_SHAPES: readonly TestConnectionShape[] = [
  'b2bPolicy',
  'crossTenantSyncPolicy',
  'unknownErrorWrapped',
];

export const STRICT_DEFAULTS: StrictSettings = {
  reportsLimit: 5,
  replicationDelayMs: 15_000,
  testConnectionShape: 'b2bPolicy',
  onDemandStatusInfo: true,
};
