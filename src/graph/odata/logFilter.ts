import type { LogQuery } from '../../domain';
import { dateTimeLiteral, quoted } from './literals';

/**
 * The $filter for GET /auditLogs/provisioning from a LogQuery, with v1.0 property paths
 * (provisioningAction, provisioningStatusInfo/status; values are case sensitive and camelCase). activityDateTime
 * documents only eq, gt and lt, so "at or after since" is sent as gt one millisecond before it (entries carry
 * milliseconds).
 */
export function provisioningLogFilter(query: LogQuery): string | undefined {
  const clauses: string[] = [];
  if (query.servicePrincipalId) clauses.push(`servicePrincipal/id eq ${quoted(query.servicePrincipalId)}`);
  if (query.jobId) clauses.push(`jobId eq ${quoted(query.jobId)}`);
  if (query.status) clauses.push(`provisioningStatusInfo/status eq ${quoted(query.status)}`);
  if (query.action) clauses.push(`provisioningAction eq ${quoted(query.action)}`);
  if (query.sourceUserId) clauses.push(`sourceIdentity/id eq ${quoted(query.sourceUserId)}`);
  if (query.since) clauses.push(`activityDateTime gt ${dateTimeLiteral(new Date(query.since.getTime() - 1))}`);
  if (query.until) clauses.push(`activityDateTime lt ${dateTimeLiteral(query.until)}`);
  return clauses.length > 0 ? clauses.join(' and ') : undefined;
}
