import type { TurnContext } from 'botbuilder';
import type { Change } from '../../approvals/model';
import { renderApprovalPreviewCard } from '../../cards/approvalPreview';
import type { SyncConfiguration } from '../../domain';
import { verifiedActor } from '../access';
import type { BotDeps } from '../deps';
import { sendCard } from '../turn/reply';
import { conversationAddress } from './address';
import { approvalsOf } from './deps';
import { oneConfiguration } from './findConfiguration';

/** Every change request starts here: impact from Graph, kept as a draft, shown with Submit. */
export async function previewChange(
  ctx: TurnContext,
  deps: BotDeps,
  input: { configuration: string; reason?: string; change: (config: SyncConfiguration) => Promise<Change> | Change },
): Promise<string> {
  const approvals = approvalsOf(deps);
  const config = await oneConfiguration(deps.catalog, input.configuration);
  const change = await input.change(config);
  const draft = await approvals.service.preview({
    actor: verifiedActor(ctx),
    config,
    change,
    reason: input.reason,
    requesterAddress: conversationAddress(ctx),
  });
  await sendCard(ctx, renderApprovalPreviewCard(draft, { ttlHours: approvals.service.policy.ttlHours }));
  return '';
}

/** The optional "... because <reason>" tail of every request. */
export const REASON = /(?:,? (?:because|since|reason:?) (?<reason>.+))?/.source;
