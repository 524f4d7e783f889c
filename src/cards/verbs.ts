/**
 * Action.Execute verbs. The cards put them on their buttons and the bot routes them,
 * so both sides read the same constants.
 */
export const Verb = {
  showConfiguration: 'configuration.show',
  listConfigurations: 'configuration.list',
  provision: 'configuration.provision',
  testConnection: 'configuration.testConnection',
  showLogs: 'configuration.logs',
  showMappings: 'configuration.mappings',
  alertFailures: 'alert.failures',
  alertExplain: 'alert.explain',
  alertRestart: 'alert.restart',
  alertRestartConfirm: 'alert.restart.confirm',
  alertRestartCancel: 'alert.restart.cancel',
  alertSnooze: 'alert.snooze',
  alertAcknowledge: 'alert.acknowledge',
  approvalSubmit: 'approval.submit',
  approvalApprove: 'approval.approve',
  approvalReject: 'approval.reject',
  approvalCancel: 'approval.cancel',
  approvalRetry: 'approval.retry',
} as const;

export type VerbName = (typeof Verb)[keyof typeof Verb];
