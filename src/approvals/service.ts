import { randomUUID } from 'node:crypto';
import { CodedError, ErrorCode, isCoded } from '../errors';
import type { Logger } from '../logging';
import type { DurableStorage } from '../storage';
import { type Actor, type ActingUser, samePerson, type SyncConfiguration } from '../domain';
import type { ApplyGateway } from './apply';
import { applyApproved } from './applyApproved';
import { findPrincipal, PrincipalGateway } from './findPrincipal';
import { computeImpact, ImpactGateway } from './impact';
import { OutcomeGateway, withProvisioningOutcomes } from './provisioningOutcome';
import {
  type ApprovalDraft,
  type ApprovalRequest,
  type Change,
  type ConversationAddress,
  OPEN_STATUSES,
  type Principal,
} from './model';
import { ApprovalPolicy, isExpired, isPastTtl, requireRole, stale } from './policy';
import { setupImpact, setupRequest } from './setupChange';
import type { SetupPlan, SetupService } from '../sync/setup';
import { purgeExpired } from './retention';
import { ApprovalStore } from './store';
import * as step from './transitions';

export type ApprovalGateway = ImpactGateway & ApplyGateway & OutcomeGateway & PrincipalGateway;

export interface ApprovalServiceOptions {
  storage: DurableStorage;
  gateway: ApprovalGateway;
  policy: ApprovalPolicy;
  logger: Logger;
  now?: () => Date;
  /** Who runs applies, written in the idempotency marker (the instance id). */
  instanceId?: string;
  /**
   * The gateway a change is made through for the approver whose approval completed it (GRAPH_WRITES=user: their own
   * token); the app's gateway by default.
   */
  writes?: (by: ActingUser | undefined) => ApplyGateway;
  /** Guided setup, run once its request is approved; without it setup requests cannot be made. */
  setup?: Pick<SetupService, 'inspect' | 'run'>;
}

/** A decision's answer: the request as stored now, and whether this caller moved it. */
export interface Decided {
  request: ApprovalRequest;
  changed: boolean;
}

/**
 * Approval requests from preview to applied change. Every step is a compare-and-set on the
 * stored request; an apply attempt runs against Graph only after its create-only marker is
 * written, and checks Graph before changing it, so nothing is applied twice.
 */
export class ApprovalService {
  readonly store: ApprovalStore;
  private readonly now: () => Date;
  private readonly log: Logger;

  constructor(private readonly options: ApprovalServiceOptions) {
    this.store = new ApprovalStore(options.storage);
    this.now = options.now ?? (() => new Date());
    this.log = options.logger.child({ part: 'approvals' });
  }

  get policy(): ApprovalPolicy {
    return this.options.policy;
  }

  /**
   * The one user or group of the source tenant a name means ("the Sales group", "Lee Gu", "user LeeG@contoso.com"),
   * exact names first; ambiguity and no match are refused (CodedError) with the candidates named.
   */
  findPrincipal(text: string): Promise<Principal> {
    return findPrincipal(this.options.gateway, text);
  }

  /** Computes the impact and keeps the draft for the requester's Submit. */
  async preview(input: {
    actor: Actor;
    config: SyncConfiguration;
    change: Change;
    reason?: string;
    requesterAddress?: ConversationAddress;
  }): Promise<ApprovalDraft> {
    requireRole(input.actor, 'operator', 'Requesting a scope or mapping change');
    const impact = await computeImpact(this.options.gateway, input.config, input.change);
    return this.keepDraft(input, {
      configurationId: input.config.servicePrincipalId,
      configurationName: input.config.displayName,
      change: input.change,
      impact,
      reason: input.reason,
    });
  }

  /** Guided setup as a request: the plan read just now, with the partner policy before and after, kept as a draft. */
  async previewSetup(input: {
    actor: Actor;
    plan: SetupPlan;
    trust: boolean;
    requesterAddress?: ConversationAddress;
  }): Promise<ApprovalDraft> {
    requireRole(input.actor, 'operator', 'Requesting guided setup');
    if (!this.options.setup) throw new CodedError(ErrorCode.NotSupported, 'Guided setup is not running in this bot.');
    const request = setupRequest(input.plan, input.trust);
    return this.keepDraft(input, {
      configurationId: request.targetTenantId,
      configurationName: request.targetName,
      change: { kind: 'setup', ...request },
      impact: setupImpact(input.plan, request),
    });
  }

  /** A draft for the requester's Submit: what is asked for, by whom, and where to tell them. */
  private async keepDraft(
    input: { actor: Actor; requesterAddress?: ConversationAddress },
    asked: Pick<ApprovalDraft, 'configurationId' | 'configurationName' | 'change' | 'impact' | 'reason'>,
  ): Promise<ApprovalDraft> {
    const draft: ApprovalDraft = {
      id: randomUUID(),
      ...asked,
      requester: { id: input.actor.id, displayName: input.actor.displayName },
      requesterAddress: input.requesterAddress,
      createdAt: this.now().toISOString(),
    };
    await this.store.saveDraft(draft);
    return draft;
  }

  /** Turns the requester's own draft into a pending request; a second Submit returns the same request. */
  async submit(draftId: string, actor: Actor, approvalAddress: ConversationAddress | undefined): Promise<Decided> {
    const draft = await this.store.getDraft(draftId);
    if (!draft)
      throw new CodedError(ErrorCode.StaleAction, 'I have no preview with that id; ask for the change again.', {
        draftId: draftId.slice(0, 64),
      });
    if (!samePerson(draft.requester.id, actor.id)) {
      throw new CodedError(
        ErrorCode.MissingRole,
        `Only ${draft.requester.displayName}, who previewed this change, can submit it.`,
        { draftId },
      );
    }
    requireRole(actor, 'operator', 'Requesting a scope or mapping change');
    const existing = await this.store.get(draft.id);
    if (existing) return { request: existing, changed: false };
    const now = this.now();
    // A preview card left in the chat is not a standing offer: after the TTL it is asked for again.
    if (isPastTtl(draft.createdAt, this.policy, now)) {
      throw new CodedError(
        ErrorCode.StaleAction,
        `This preview is from ${draft.createdAt.slice(0, 16).replace('T', ' ')} UTC and expired after ` +
          `${this.policy.ttlHours} hours, so it cannot be submitted. Ask for the change again to see its impact now.`,
        { draftId: draft.id, createdAt: draft.createdAt },
      );
    }
    const request = step.requested(draft, now, this.policy, approvalAddress);
    const created = await this.store.create(request);
    this.log.info(
      { requestId: request.id, configuration: request.configurationId, change: request.change.kind, created },
      'approval requested',
    );
    return { request: created ? request : await this.store.require(request.id), changed: created };
  }

  /** Remembers where the approval card was posted, so every later step updates it in place. */
  async recordCard(id: string, cardActivityId: string): Promise<ApprovalRequest> {
    return (
      await this.store.update(id, (r) => (r.cardActivityId === cardActivityId ? undefined : { ...r, cardActivityId }))
    ).request;
  }

  /** `by`: the approver as the person a change is made for (their token when GRAPH_WRITES=user). */
  async approve(id: string, actor: Actor, by?: ActingUser): Promise<Decided> {
    const decided = await this.decide(id, step.approve(actor, this.now()));
    this.log.info({ requestId: id, actor: actor.id, status: decided.request.status }, 'approval recorded');
    return decided.request.status === 'applying' && decided.changed
      ? { request: await this.apply(decided.request, by), changed: true }
      : decided;
  }

  async reject(id: string, actor: Actor, comment?: string): Promise<Decided> {
    const decided = await this.decide(id, step.reject(actor, this.now(), comment?.trim().slice(0, 1000) || undefined));
    this.log.info({ requestId: id, actor: actor.id }, 'approval rejected');
    return decided;
  }

  async cancel(id: string, actor: Actor): Promise<Decided> {
    return this.decide(id, step.cancel(actor, this.now()));
  }

  async retry(id: string, actor: Actor, by?: ActingUser): Promise<Decided> {
    const decided = await this.store.update(id, step.retry(actor, this.now()));
    return { request: await this.apply(decided.request, by), changed: true };
  }

  /** Requests left in "applying" for longer than `olderThanMs` (a restart): checked against Graph, applied once. */
  async resumeStuck(olderThanMs = 60_000): Promise<ApprovalRequest[]> {
    const cutoff = this.now().getTime() - olderThanMs;
    const stuck = (await this.store.list()).filter(
      (r) => r.status === 'applying' && Date.parse(r.applyStartedAt ?? r.createdAt) <= cutoff,
    );
    const resumed: ApprovalRequest[] = [];
    for (const request of stuck) {
      const claimed = await this.store.update(request.id, step.resume(request.applyAttempt, this.now()));
      if (!claimed.changed) continue;
      this.log.warn({ requestId: request.id, attempt: claimed.request.applyAttempt }, 'resuming an interrupted apply');
      resumed.push(await this.apply(claimed.request));
    }
    return resumed;
  }

  /** Storage cleanup: expired drafts and old closed requests (see retention.ts). */
  async purge(): Promise<number> {
    return purgeExpired(this.store, await this.list(), this.policy, this.now(), this.log);
  }

  /** Every request, newest first, with expired ones marked as such. */
  async list(filter: { configurationId?: string; open?: boolean } = {}): Promise<ApprovalRequest[]> {
    const now = this.now();
    const all = await this.store.list();
    const fresh = await Promise.all(
      all.map(async (r) => (isExpired(r, now) ? (await this.store.update(r.id, step.expire(now))).request : r)),
    );
    return fresh
      .filter((r) => !filter.configurationId || r.configurationId === filter.configurationId)
      .filter((r) => !filter.open || OPEN_STATUSES.includes(r.status))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Like list, with the provisioning outcome of each applied change when the logs know it. */
  async history(filter: { configurationId?: string } = {}): Promise<ApprovalRequest[]> {
    return withProvisioningOutcomes(this.options.gateway, await this.list(filter), this.log);
  }

  private async decide(id: string, transition: (r: ApprovalRequest) => ApprovalRequest): Promise<Decided> {
    try {
      return await this.store.update(id, transition);
    } catch (error) {
      // A click on an expired request also records the expiry, so listings and the card agree.
      if (isCoded(error, ErrorCode.StaleAction))
        await this.store.update(id, step.expire(this.now())).catch(() => undefined);
      throw error;
    }
  }

  /** Runs the current apply attempt once: marker first, then Graph, then the outcome. */
  private async apply(request: ApprovalRequest, by?: ActingUser): Promise<ApprovalRequest> {
    const attempt = request.applyAttempt;
    const claimed = await this.store.claimApply(
      request.id,
      attempt,
      this.options.instanceId ?? 'bot',
      this.now().toISOString(),
    );
    if (!claimed) {
      this.log.warn({ requestId: request.id, attempt }, 'apply attempt already claimed; not calling Graph again');
      return this.store.require(request.id);
    }
    // A resumed attempt whose predecessor reached Graph may find its own change already there.
    const earlierReachedGraph = attempt > 1 && (await this.store.applyClaimed(request.id, attempt - 1));
    const result = await applyApproved(
      {
        gateway: () => (this.options.writes ? this.options.writes(by) : this.options.gateway),
        setup: this.options.setup,
        by,
        log: this.log,
      },
      request,
      earlierReachedGraph,
      () => this.now().toISOString(),
    );
    if (this.options.writes && by && result.outcome === 'applied') result.madeAs = by.displayName ?? by.aadObjectId;
    const finished = await this.store.update(request.id, step.finish(attempt, result));
    if (!finished.changed) throw stale(finished.request, 'A later attempt took over this change.');
    this.log.info(
      {
        requestId: request.id,
        attempt,
        outcome: result.outcome,
        errorCode: result.errorCode,
        graphRequestId: result.graphRequestId,
      },
      'approval applied',
    );
    return finished.request;
  }
}
