import type { GraphGateway } from '../../graph/gateway';
import type { LogQuery, Page, ProvisioningAction, ProvisioningLogEntry, StepResult } from '../../domain';

export type LogGateway = Pick<GraphGateway, 'listProvisioningLogs' | 'nextProvisioningLogs'>;

/** What "show failures for Contoso A today" asks for. */
export interface LogSearch {
  configurationId?: string;
  userId?: string;
  status?: StepResult;
  action?: ProvisioningAction;
  since?: Date;
  until?: Date;
}

export const LOG_PAGE_SIZE = 8;

export interface LogService {
  search(search: LogSearch, pageSize?: number): Promise<Page<ProvisioningLogEntry>>;
  /** The next page, from a cursor a card sent back (the gateway refuses cursors of other listings). */
  next(cursor: string): Promise<Page<ProvisioningLogEntry>>;
  /** One entry again, from what a card button carries (its id, time and user); undefined when gone. */
  entry(ref: {
    id: string;
    at: string;
    userId?: string;
    configurationId?: string;
  }): Promise<ProvisioningLogEntry | undefined>;
  /** The newest entries of one user, newest first. */
  latestForUser(userId: string, top?: number): Promise<ProvisioningLogEntry[]>;
}

export function createLogService(gateway: LogGateway): LogService {
  const query = (s: LogSearch, top: number): LogQuery => ({
    servicePrincipalId: s.configurationId,
    sourceUserId: s.userId,
    status: s.status,
    action: s.action,
    since: s.since,
    until: s.until,
    top,
  });
  return {
    search: (s, pageSize = LOG_PAGE_SIZE) => gateway.listProvisioningLogs(query(s, pageSize)),
    next: (cursor) => gateway.nextProvisioningLogs(cursor),
    async entry(ref) {
      const at = Date.parse(ref.at);
      if (Number.isNaN(at)) return undefined;
      const page = await gateway.listProvisioningLogs({
        servicePrincipalId: ref.configurationId,
        sourceUserId: ref.userId,
        since: new Date(at - 2000),
        until: new Date(at + 2000),
        top: 50,
      });
      return page.items.find((e) => e.id === ref.id);
    },
    async latestForUser(userId, top = 20) {
      return (await gateway.listProvisioningLogs({ sourceUserId: userId, top })).items;
    },
  };
}
