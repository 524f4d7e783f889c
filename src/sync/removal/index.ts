// The removal room: what removing a configuration does, and doing it once approved.
export {
  previewRemoval,
  removeConfiguration,
  type RemovalEffect,
  type RemovalGateway,
  type RemovalPreview,
} from './removeConfiguration';
