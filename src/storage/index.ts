// The storage room's public surface: what approvals, alerts and the bot may use.
export { createStorage, type StorageOptions } from './createStorage';
export {
  IF_ABSENT,
  readItem,
  type DurableStorage,
  type Storage,
  type StoreItem,
  type StoreItems,
} from './durableStorage';
export { updateWithRetry, type Transition, type UpdateOptions, type UpdateResult } from './updateWithRetry';
export { KeyedMutex } from './keyedMutex';
export { TurnStateStorage } from './turnStateStorage';
export { createLeaderElector, LEASE_CONTAINER, type LeaderElectorSettings } from './leader/createLeaderElector';
export type { LeaderElector } from './leader/leaderElector';
