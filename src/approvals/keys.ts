/** Storage keys of the approvals room; every key starts with "approvals/". */
export const ApprovalKeys = {
  requestPrefix: 'approvals/request/',
  request: (id: string) => `approvals/request/${id}`,
  draftPrefix: 'approvals/draft/',
  draft: (id: string) => `approvals/draft/${id}`,
  /** Written create-only before an apply attempt calls Graph: one attempt, one caller. */
  applyMarker: (id: string, attempt: number) => `approvals/apply/${id}/${attempt}`,
  /** The approvals conversation chosen for a tenant ("use this channel for approvals"). */
  channel: (tenantId: string) => `approvals/channel/${tenantId}`,
} as const;
