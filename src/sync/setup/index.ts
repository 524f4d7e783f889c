// The setup room: guided creation of a configuration to a new target tenant.
export { inspectSetup, type InspectInput } from './inspectSetup';
export { runSetup, initialSettings, DEFAULT_SETUP_DELETE_THRESHOLD, type RunSetupInput } from './runSetup';
export { createSetupService, type SetupService } from './setupService';
export { initialSteps } from './steps';
export type {
  CheckState,
  SetupCheck,
  SetupGateway,
  SetupPlan,
  SetupRun,
  SetupStep,
  StepState,
  TargetGateways,
} from './types';
