import type { TurnContext } from 'botbuilder';
import type { Change } from '../../../approvals/model';
import { renderApprovalPreviewCard } from '../../../cards/approvalPreview';
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
  if (!services) throw new CodedError(ErrorCode.NotSupported, 'Approvals are not running in this bot.');
  const config = await oneConfiguration(services.catalog, input.configuration);
  const change = await input.change(config);
  const draft = await services.service.preview({
    actor: verifiedActor(ctx),
    config,
    change,
    reason: input.reason,
    requesterAddress: conversationAddress(ctx),
  });
  await sendCard(ctx, renderApprovalPreviewCard(draft, { ttlHours: services.service.policy.ttlHours }));
}

/** The optional "... because <reason>" tail of every request. */
export const REASON = /(?:,? (?:because|since|reason:?) (?<reason>.+))?/.source;
