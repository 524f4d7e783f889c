import { CodedError, ErrorCode } from '../errors';
import { DurableStorage, readItem, updateWithRetry } from '../storage';
import { withoutETag } from '../storage/durableStorage';
import { ApprovalKeys } from './keys';
import type { ApprovalDraft, ApprovalRequest, ConversationAddress } from './model';

/** Ids are ours (UUIDs); anything else in a click is refused before it reaches a storage key. */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isRequestId(id: string): boolean {
  return ID.test(id);
}

/** Persistence of requests, drafts, apply markers and the approvals conversation, over one DurableStorage. */
export class ApprovalStore {
  constructor(private readonly storage: DurableStorage) {}

  async get(id: string): Promise<ApprovalRequest | undefined> {
    if (!isRequestId(id)) return undefined;
    const item = await readItem<ApprovalRequest>(this.storage, ApprovalKeys.request(id));
    return item ? (withoutETag(item) as unknown as ApprovalRequest) : undefined;
  }

  async require(id: string): Promise<ApprovalRequest> {
    const request = await this.get(id);
    if (!request) throw unknownRequest(id);
    return request;
  }

  /** Create-only: a second submit of the same draft finds the first request instead. */
  async create(request: ApprovalRequest): Promise<boolean> {
    return this.storage.createIfAbsent(ApprovalKeys.request(request.id), { ...request });
  }

  /** Compare-and-set on the stored request; the transition may throw to refuse. */
  async update(
    id: string,
    transition: (r: ApprovalRequest) => ApprovalRequest | undefined,
  ): Promise<{ request: ApprovalRequest; changed: boolean }> {
    if (!isRequestId(id)) throw unknownRequest(id);
    const result = await updateWithRetry<ApprovalRequest>(this.storage, ApprovalKeys.request(id), (current) => {
      if (!current) throw unknownRequest(id);
      return transition(current);
    });
    return { request: result.value as ApprovalRequest, changed: result.changed };
  }

  async list(): Promise<ApprovalRequest[]> {
    const keys = await this.storage.listKeys(ApprovalKeys.requestPrefix);
    if (keys.length === 0) return [];
    const items = await this.storage.read(keys);
    return keys.filter((k) => items[k]).map((k) => withoutETag(items[k]) as unknown as ApprovalRequest);
  }

  async saveDraft(draft: ApprovalDraft): Promise<void> {
    await this.storage.write({ [ApprovalKeys.draft(draft.id)]: { ...draft } });
  }

  async getDraft(id: string): Promise<ApprovalDraft | undefined> {
    if (!isRequestId(id)) return undefined;
    const item = await readItem<ApprovalDraft>(this.storage, ApprovalKeys.draft(id));
    return item ? (withoutETag(item) as unknown as ApprovalDraft) : undefined;
  }

  async listDrafts(): Promise<ApprovalDraft[]> {
    const keys = await this.storage.listKeys(ApprovalKeys.draftPrefix);
    if (keys.length === 0) return [];
    const items = await this.storage.read(keys);
    return keys.filter((k) => items[k]).map((k) => withoutETag(items[k]) as unknown as ApprovalDraft);
  }

  /** Deletes drafts by id, and closed requests with their apply markers; returns how many items were deleted. */
  async remove(draftIds: string[], requests: ApprovalRequest[]): Promise<number> {
    const keys = [
      ...draftIds.map(ApprovalKeys.draft),
      ...requests.flatMap((r) => [
        ApprovalKeys.request(r.id),
        ...Array.from({ length: r.applyAttempt }, (_, i) => ApprovalKeys.applyMarker(r.id, i + 1)),
      ]),
    ];
    if (keys.length > 0) await this.storage.delete(keys);
    return draftIds.length + requests.length;
  }

  /** True for the one caller that may run this apply attempt against Graph. */
  claimApply(id: string, attempt: number, by: string, at: string): Promise<boolean> {
    return this.storage.createIfAbsent(ApprovalKeys.applyMarker(id, attempt), { requestId: id, attempt, by, at });
  }

  async applyClaimed(id: string, attempt: number): Promise<boolean> {
    return (await readItem(this.storage, ApprovalKeys.applyMarker(id, attempt))) !== undefined;
  }

  async setApprovalsChannel(tenantId: string, address: ConversationAddress, by: string): Promise<void> {
    await this.storage.write({ [ApprovalKeys.channel(tenantId)]: { address, by, at: new Date().toISOString() } });
  }

  async approvalsChannel(tenantId: string): Promise<ConversationAddress | undefined> {
    const item = await readItem<{ address: ConversationAddress }>(this.storage, ApprovalKeys.channel(tenantId));
    return item?.address;
  }
}

export function unknownRequest(id: string): CodedError {
  return new CodedError(
    ErrorCode.StaleAction,
    'I have no approval request with that id; the card may be forged or from another bot.',
    { approvalRequestId: String(id).slice(0, 64) },
  );
}
