import type { TurnContext } from 'botbuilder';
import type { Change } from '../../../approvals/model';
import { renderApprovalPreviewCard } from '../../../cards/approvalPreview';
import type { AdaptiveCard } from '../../../cards/render';
import type { SyncConfiguration } from '../../../domain';
import { CodedError, ErrorCode } from '../../../errors';
import { verifiedActor } from '../../access';
import { sendCard } from '../../turn/reply';
import { oneConfiguration } from '../oneConfiguration';
import { conversationAddress } from './address';
import type { ChangeRequestServices } from './services';

/**
 * Every change request starts here: impact from Graph, kept as a draft, shown with Submit.
 * Without the approvals service (`undefined`) it answers that approvals are not running.
 */
export async function previewChange(
  ctx: TurnContext,
  services: ChangeRequestServices | undefined,
  input: { configuration: string; reason?: string; change: (config: SyncConfiguration) => Promise<Change> | Change },
): Promise<void> {
  const running = requireApprovals(services);
  const config = await oneConfiguration(running.catalog, input.configuration);
  await sendCard(ctx, await draftCard(ctx, running, config, await input.change(config), input.reason));
}

/** The preview card of a change to a known configuration (a button's answer replaces the clicked card with it). */
export async function draftCard(
  ctx: TurnContext,
  services: ChangeRequestServices | undefined,
  config: SyncConfiguration,
  change: Change,
  reason?: string,
): Promise<AdaptiveCard> {
  const running = requireApprovals(services);
  const draft = await running.service.preview({
    actor: verifiedActor(ctx),
    config,
    change,
    reason,
    requesterAddress: conversationAddress(ctx),
  });
  return renderApprovalPreviewCard(draft, { ttlHours: running.service.policy.ttlHours });
}

function requireApprovals(services: ChangeRequestServices | undefined): ChangeRequestServices {
  if (!services)
    throw new CodedError(
      ErrorCode.NotSupported,
      'This change needs an approval, and approvals are not running in this bot.',
    );
  return services;
}

/** The optional "... because <reason>" tail of every request. */
export const REASON = /(?:,? (?:because|since|reason:?) (?<reason>.+))?/.source;
