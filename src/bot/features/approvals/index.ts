import { ErrorCode } from '../../../errors';
import { approvalBotDeps } from './approvalBotDeps';
import { defineFeature } from '../../operations/feature';
import { approvalDecisions } from './approvalDecisions';
import { approvalHistory } from './approvalHistory';
import { approvalSubmit } from './approvalSubmit';
import { listPendingApprovals } from './listPendingApprovals';
import { requestScopeAssignment } from './requestScopeAssignment';
import { requestScopeMode } from './requestScopeMode';
import { requestUserType } from './requestUserType';
import type { ApprovalsServices } from './services';
import { useChannelForApprovals } from './useChannelForApprovals';

/** Change requests with their impact, the approval card and its decisions, and where approval cards go. */
export const approvalsFeature = defineFeature<ApprovalsServices>({
  name: 'approvals',
  operations: [
    requestScopeAssignment,
    requestScopeMode,
    requestUserType,
    useChannelForApprovals,
    listPendingApprovals,
    approvalHistory,
    approvalSubmit,
    ...approvalDecisions,
  ],
  services: ({ catalog, approvals, proactive, roleSettings, logger }) =>
    approvals && {
      catalog,
      ...approvalBotDeps(approvals, proactive.adapter, proactive.appId, roleSettings, logger),
    },
  unavailable: { code: ErrorCode.NotSupported, message: 'Approvals are not running in this bot.' },
});
