/** Where an error code shows up. */
export type KnowledgeArea = 'testConnection' | 'provisioning' | 'scope' | 'matching' | 'job' | 'graph';

/**
 * A tenant setting the bot can read live to say which side is wrong, e.g. when auto-redemption
 * fails it checks the source's outbound and the target's inbound setting.
 */
export type LiveCheck =
  | 'sourceOutboundAutoRedemption'
  | 'targetInboundAutoRedemption'
  | 'targetInboundUserSync'
  | 'targetGuestInviteSettings'
  | 'jobQuarantine'
  | 'deleteThreshold'
  | 'userAssignment';

export interface TenantSetting {
  tenant: 'source' | 'target';
  /** Where an admin finds it, in the portal's words. */
  setting: string;
  check?: LiveCheck;
}

/** What the bot knows about one error code or symptom: the explain command and alerts read it. */
export interface ErrorKnowledge {
  code: string;
  /** Other spellings: renamed codes ("Microsoft Entra ID…"), old enum names. */
  aliases?: string[];
  title: string;
  area: KnowledgeArea;
  cause: string;
  fix: string;
  settings?: TenantSetting[];
  /** The reference it comes from (reference notes section). */
  source: string;
}
