import assert from 'node:assert/strict';
import { graphEndpoint, relativeToGraph } from '../../../src/graph/http/graphEndpoint';
import { pathTemplate } from '../../../src/graph/errors/pathTemplate';
import { retryAfterSeconds } from '../../../src/graph/errors/retryAfter';
import { isCoded, ErrorCode } from '../../../src/errors';

describe('graph/http path templates, endpoints and Retry-After', () => {
  it('replaces ids, UPNs and function arguments with placeholders', () => {
    assert.equal(
      pathTemplate(
        'https://127.0.0.1:8443/v1.0/servicePrincipals/6f1c/synchronization/jobs/Azure2Azure.1f58d1.6a0b/start?$top=5',
      ),
      '/v1.0/servicePrincipals/{id}/synchronization/jobs/{id}/start',
    );
    assert.equal(
      pathTemplate('/servicePrincipals/abc/synchronization/jobs/validateCredentials'),
      '/servicePrincipals/{id}/synchronization/jobs/validateCredentials',
    );
    assert.equal(pathTemplate('/users/adele%40contoso.com'), '/users/{id}');
    assert.equal(
      pathTemplate("/tenantRelationships/findTenantInformationByDomainName(domainName='contoso.com')"),
      '/tenantRelationships/findTenantInformationByDomainName(domainName={value})',
    );
    assert.equal(
      pathTemplate('/servicePrincipals/sp/appRoleAssignedTo/-WmtM5na7Uus0D8kI1y'),
      '/servicePrincipals/{id}/appRoleAssignedTo/{id}',
    );
    assert.equal(pathTemplate('/auditLogs/provisioning?$filter=x'), '/auditLogs/provisioning');
  });

  it('splits GRAPH_BASE_URL into host part and version', () => {
    const e = graphEndpoint('https://127.0.0.1:8443/v1.0/');
    assert.deepEqual(e, {
      origin: 'https://127.0.0.1:8443',
      clientBaseUrl: 'https://127.0.0.1:8443/',
      version: 'v1.0',
      baseUrl: 'https://127.0.0.1:8443/v1.0',
      hostname: '127.0.0.1',
    });
    assert.equal(graphEndpoint('https://graph.microsoft.com/v1.0').clientBaseUrl, 'https://graph.microsoft.com/');
  });

  it('follows next links only back to the same Graph', () => {
    const e = graphEndpoint('https://graph.microsoft.com/v1.0');
    assert.equal(relativeToGraph(e, 'https://graph.microsoft.com/v1.0/users?$skiptoken=x'), '/users?$skiptoken=x');
    assert.throws(
      () => relativeToGraph(e, 'https://evil.example/v1.0/users?$skiptoken=x'),
      (err: unknown) => isCoded(err, ErrorCode.GraphUnexpected),
    );
    assert.throws(
      () => relativeToGraph(e, 'https://graph.microsoft.com/beta/users'),
      (err: unknown) => isCoded(err, ErrorCode.GraphUnexpected),
    );
  });

  it('reads Retry-After as seconds (fractional too) or as an HTTP date', () => {
    assert.equal(retryAfterSeconds('2.128'), 2.128);
    assert.equal(retryAfterSeconds('10'), 10);
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    assert.equal(retryAfterSeconds('Wed, 21 Oct 2015 07:28:30 GMT', now), 30);
    assert.equal(retryAfterSeconds('Wed, 21 Oct 2015 07:27:00 GMT', now), 0);
    assert.equal(retryAfterSeconds('soon'), undefined);
    assert.equal(retryAfterSeconds(null), undefined);
  });
});
