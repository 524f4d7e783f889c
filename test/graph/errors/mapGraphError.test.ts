import assert from 'node:assert/strict';
import { GraphError } from '@microsoft/microsoft-graph-client';
import { CodedError, ErrorCode } from '../../../src/errors';
import { mapGraphError } from '../../../src/graph/errors/mapGraphError';
import { requiredPermissions } from '../../../src/graph/errors/permissions';
import { TransportFailure } from '../../../src/graph/errors/transportFailure';

function graphError(status: number, code: string, message = 'msg', headers: Record<string, string> = {}): GraphError {
  const error = new GraphError(status, message);
  error.code = code;
  error.requestId = 'req-42';
  error.headers = new Headers(headers);
  return error;
}

const jobsCall = { method: 'GET', path: '/servicePrincipals/sp-1/synchronization/jobs' };

describe('graph/errors mapGraphError', () => {
  it('403 names the missing application permission for that call and keeps the request id', () => {
    const coded = mapGraphError(
      graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'),
      jobsCall,
    );
    assert.equal(coded.code, ErrorCode.GraphForbidden);
    assert.match(coded.message, /Synchronization\.Read\.All/);
    assert.match(coded.message, /GET \/servicePrincipals\/\{id\}\/synchronization\/jobs/);
    assert.match(coded.message, /admin consent/);
    assert.equal(coded.details.requestId, 'req-42');
    assert.equal(coded.details.graphCode, 'Authorization_RequestDenied');
    assert.equal(coded.details.status, 403);
    assert.deepEqual(coded.details.requiredPermissions, [
      'Synchronization.Read.All',
      'Synchronization.ReadWrite.All',
      'Application.ReadWrite.OwnedBy',
    ]);
  });

  it('403 on writes and other areas names their permissions', () => {
    const start = mapGraphError(graphError(403, 'Authorization_RequestDenied'), {
      method: 'POST',
      path: '/servicePrincipals/x/synchronization/jobs/j/start',
    });
    assert.match(start.message, /Synchronization\.ReadWrite\.All/);
    const partner = mapGraphError(graphError(403, 'Authorization_RequestDenied'), {
      method: 'PATCH',
      path: '/policies/crossTenantAccessPolicy/partners/t',
    });
    assert.match(partner.message, /Policy\.ReadWrite\.CrossTenantAccess/);
    assert.deepEqual(requiredPermissions('GET', '/auditLogs/provisioning'), [
      'AuditLog.Read.All and Directory.Read.All',
    ]);
    assert.deepEqual(requiredPermissions('GET', '/users'), ['User.Read.All', 'Directory.Read.All']);
  });

  it('401 says to check the credentials', () => {
    const coded = mapGraphError(graphError(401, 'InvalidAuthenticationToken'), jobsCall);
    assert.equal(coded.code, ErrorCode.GraphUnauthorized);
    assert.match(coded.message, /GRAPH_TENANT_ID, GRAPH_CLIENT_ID and the client secret or certificate/);
  });

  it('maps 404, 409 and 400 with Graph’s own code and message', () => {
    assert.equal(mapGraphError(graphError(404, 'Request_ResourceNotFound'), jobsCall).code, ErrorCode.GraphNotFound);
    const conflict = mapGraphError(
      graphError(409, 'Request_MultipleObjectsWithSameKeyValue', 'A conflicting object'),
      jobsCall,
    );
    assert.equal(conflict.code, ErrorCode.GraphConflict);
    assert.match(conflict.message, /A conflicting object/);
    const bad = mapGraphError(graphError(400, 'Request_UnsupportedQuery', 'needs ConsistencyLevel'), jobsCall);
    assert.equal(bad.code, ErrorCode.GraphBadRequest);
    assert.equal(bad.details.graphMessage, 'needs ConsistencyLevel');
  });

  it('429 carries Retry-After seconds; 5xx are unavailable', () => {
    const throttled = mapGraphError(
      graphError(429, 'TooManyRequests', 'Please retry again later.', { 'Retry-After': '7' }),
      jobsCall,
    );
    assert.equal(throttled.code, ErrorCode.GraphThrottled);
    assert.equal(throttled.details.retryAfterSeconds, 7);
    assert.match(throttled.message, /in 7 s/);
    for (const status of [500, 502, 503, 504])
      assert.equal(mapGraphError(graphError(status, 'serviceNotAvailable'), jobsCall).code, ErrorCode.GraphUnavailable);
  });

  it('unwraps transport failures (timeouts, unreachable) raised in middleware', () => {
    const inner = new CodedError(ErrorCode.GraphTimeout, 'too slow');
    assert.equal(mapGraphError(new TransportFailure(inner), jobsCall), inner);
    const passThrough = new CodedError(ErrorCode.InvalidInput, 'x');
    assert.equal(mapGraphError(passThrough, jobsCall), passThrough);
  });

  it('anything else is unexpected, and keeps its cause', () => {
    const cause = new SyntaxError('Unexpected token < in JSON');
    const coded = mapGraphError(cause, jobsCall);
    assert.equal(coded.code, ErrorCode.GraphUnexpected);
    assert.equal(coded.cause, cause);
  });
});
