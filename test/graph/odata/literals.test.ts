import assert from 'node:assert/strict';
import { dateTimeLiteral, functionArgument, quoted, searchClause } from '../../../src/graph/odata/literals';
import { provisioningLogFilter } from '../../../src/graph/odata/logFilter';
import { segment, withQuery } from '../../../src/graph/odata/query';

describe('graph/odata literals', () => {
  it("doubles single quotes, so O'Brien stays one literal", () => {
    assert.equal(quoted("O'Brien"), "'O''Brien'");
    assert.equal(quoted("Seán O'Brien"), "'Seán O''Brien'");
    assert.equal(quoted("' or 1 eq 1 or displayName eq '"), "''' or 1 eq 1 or displayName eq '''");
  });

  it('percent-encodes filter values so # (B2B #EXT# UPNs), + and & survive the URL', () => {
    const upn = 'AdeleV_adatum.com#EXT#@contoso.com';
    const path = withQuery('/users', { filter: `userPrincipalName eq ${quoted(upn)}` });
    assert.ok(!path.includes('#'), path);
    assert.match(path, /%23EXT%23/);
    const decoded = new URL(`https://x${path}`).searchParams.get('$filter');
    assert.equal(decoded, "userPrincipalName eq 'AdeleV_adatum.com#EXT#@contoso.com'");
    const plus = new URL(`https://x${withQuery('/users', { filter: quoted('a+b&c') })}`).searchParams.get('$filter');
    assert.equal(plus, "'a+b&c'");
  });

  it('encodes path segments taken from data', () => {
    assert.equal(segment('AdeleV_adatum.com#EXT#@contoso.com'), 'AdeleV_adatum.com%23EXT%23%40contoso.com');
    assert.equal(segment('a/b?c'), 'a%2Fb%3Fc');
  });

  it('escapes " and \\ inside a $search clause', () => {
    assert.equal(searchClause('displayName', 'Adele Vance'), '"displayName:Adele Vance"');
    assert.equal(searchClause('displayName', 'say "hi" \\o/'), '"displayName:say \\"hi\\" \\\\o/"');
  });

  it('writes function-call arguments in the documented form', () => {
    assert.equal(functionArgument('domainName', 'contoso.com'), "domainName='contoso.com'");
    assert.equal(functionArgument('domainName', "o'x.com"), "domainName='o''x.com'");
  });

  it('writes DateTimeOffset literals unquoted in UTC', () => {
    assert.equal(dateTimeLiteral(new Date('2024-05-01T00:00:00Z')), '2024-05-01T00:00:00Z');
    assert.equal(dateTimeLiteral(new Date('2024-05-01T00:00:00.250Z')), '2024-05-01T00:00:00.250Z');
  });

  it('builds the provisioning log filter with v1.0 paths', () => {
    const filter = provisioningLogFilter({
      servicePrincipalId: 'sp-1',
      status: 'failure',
      action: 'create',
      sourceUserId: "o'id",
      since: new Date('2024-05-01T00:00:00Z'),
      until: new Date('2024-05-02T00:00:00Z'),
    });
    assert.equal(
      filter,
      "servicePrincipal/id eq 'sp-1' and provisioningStatusInfo/status eq 'failure' and provisioningAction eq " +
        "'create' and sourceIdentity/id eq 'o''id' and activityDateTime gt 2024-04-30T23:59:59.999Z and " +
        'activityDateTime lt 2024-05-02T00:00:00Z',
    );
    assert.equal(provisioningLogFilter({}), undefined);
  });
});
