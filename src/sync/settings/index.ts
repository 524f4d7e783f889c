// The settings room: read a configuration's settings and change them without losing the others.
export { applyWhen, readSettings, type SettingsGateway, type SettingsView } from './view';
export {
  applyDirectChange,
  changedSettings,
  describeDirectChange,
  settingsChange,
  isEmail,
  MAX_DELETE_THRESHOLD,
  type DirectChange,
  type DirectChangeGateway,
} from './directChange';
export {
  applyMappingChange,
  describeMappingChange,
  describeSource,
  previewMappingChange,
  SUFFIX,
  type MappingChange,
  type MappingEffect,
  type MappingGateway,
  type MappingPreview,
} from './mappingChange';
export { createSettingsService, type SettingsService, type SettingsServiceGateway } from './settingsService';
