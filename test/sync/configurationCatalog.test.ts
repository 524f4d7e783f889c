import assert from 'node:assert/strict';
import { CodedError, ErrorCode } from '../../src/errors';
import { CatalogGateway, createConfigurationCatalog } from '../../src/sync/configurationCatalog';
import type { ConfigurationParts } from '../../src/graph/gateway';
import type {
  MappingSet,
  PartnerPolicy,
  ScopeAssignment,
  SyncConfiguration,
  SyncJob,
  SyncSettings,
} from '../../src/domain';
import { captureLogger } from '../graph/support/captureLogger';

const job = (overrides: Partial<SyncJob> = {}): SyncJob => ({
  id: 'job-a',
  templateId: 'Azure2Azure',
  scheduleState: 'Active',
  interval: 'PT40M',
  status: 'Active',
  countSuccessiveCompleteFailures: 0,
  ...overrides,
});

const contosoA: SyncConfiguration = {
  servicePrincipalId: 'sp-a',
  appId: 'app-a',
  displayName: 'Contoso A',
  job: job(),
  target: { tenantId: 't-fab' },
  scopeMode: 'assignedOnly',
};
const contosoB: SyncConfiguration = {
  servicePrincipalId: 'sp-b',
  appId: 'app-b',
  displayName: 'Contoso B',
  job: job({ id: 'job-b' }),
  target: { tenantId: 't-nw' },
  scopeMode: 'assignedOnly',
};

const settings: SyncSettings = {
  companyId: 't-fab',
  scopeMode: 'assignedOnly',
  notificationsEnabled: false,
  deleteThresholdEnabled: true,
  deleteThresholdValue: 500,
  raw: [],
};
const mappings: MappingSet = {
  ruleId: 'rule',
  objectMappingName: 'Provision Azure Active Directory Users',
  enabled: true,
  attributeMappings: [
    {
      targetAttributeName: 'userType',
      source: 'Member',
      sourceType: 'Constant',
      flowType: 'ObjectAddOnly',
      matchingPriority: 0,
    },
    {
      targetAttributeName: 'showInAddressList',
      source: 'True',
      sourceType: 'Constant',
      flowType: 'Always',
      matchingPriority: 0,
    },
  ],
};
const partner: PartnerPolicy = {
  tenantId: 't-fab',
  inboundTrust: null,
  automaticUserConsent: { inboundAllowed: null, outboundAllowed: true },
};

const assignments: ScopeAssignment[] = [
  { id: '1', principalId: 'u1', principalType: 'User', principalDisplayName: 'Adele Vance', appRoleId: 'r' },
  { id: '2', principalId: 'g1', principalType: 'Group', principalDisplayName: 'Sales', appRoleId: 'r' },
  { id: '3', principalId: 'u2', principalType: 'User', principalDisplayName: 'Lee Gu', appRoleId: 'r' },
];

/**
 * A fake gateway at the edge: the catalog's only dependency; counts calls. `parts` replaces what the details read
 * answers.
 */
function fakeGateway(overrides: Partial<CatalogGateway> = {}, parts: Partial<ConfigurationParts> = {}) {
  const calls: string[] = [];
  const gateway: CatalogGateway = {
    listConfigurations: async () => (calls.push('list'), [contosoA, contosoB]),
    findTenantsById: async (ids) => (
      calls.push(`tenants:${ids.join(',')}`),
      [{ tenantId: 't-fab', displayName: 'Fabrikam', defaultDomainName: 'fabrikam.onmicrosoft.com' }]
    ),
    readConfigurationParts: async (sp, asked) => {
      calls.push(`parts:${sp}:${asked.jobId ?? '-'}:${asked.partnerTenantId ?? '-'}`);
      const all: ConfigurationParts = {
        job: job({
          status: 'Quarantine',
          quarantine: {
            reason: 'TooManyDeletes',
            seriesCount: 1,
            error: { code: 'TooManyDeletes', message: 'Too many deletes' },
          },
        }),
        settings,
        assignments,
        mappings,
        partner,
        ...parts,
      };
      return {
        ...all,
        job: asked.jobId ? all.job : undefined,
        mappings: asked.jobId ? all.mappings : undefined,
        partner: asked.partnerTenantId ? all.partner : undefined,
      };
    },
    ...overrides,
  };
  return { gateway, calls };
}

describe('sync/configurationCatalog', () => {
  it('lists configurations with target tenant names looked up in one call, and reuses the list briefly', async () => {
    let clock = 1000;
    const { gateway, calls } = fakeGateway();
    const catalog = createConfigurationCatalog({
      gateway,
      logger: captureLogger().logger,
      cacheMs: 5000,
      now: () => clock,
    });
    const list = await catalog.list();
    assert.deepEqual(
      list.map((c) => [c.displayName, c.target?.displayName ?? c.target?.tenantId]),
      [
        ['Contoso A', 'Fabrikam'],
        ['Contoso B', 't-nw'],
      ],
    );
    assert.equal(list[0].target?.defaultDomainName, 'fabrikam.onmicrosoft.com');
    await catalog.resolve('contoso-a');
    clock += 4999;
    await catalog.list();
    assert.deepEqual(calls, ['list', 'tenants:t-fab,t-nw']);
    clock += 2;
    await catalog.list();
    assert.equal(calls.filter((c) => c === 'list').length, 2, 'reloaded after the cache time');
  });

  it('does not keep a failed listing', async () => {
    let fail = true;
    const { gateway } = fakeGateway({
      listConfigurations: async () => {
        if (fail) throw new CodedError(ErrorCode.GraphUnavailable, 'down');
        return [contosoA];
      },
    });
    const catalog = createConfigurationCatalog({ gateway, logger: captureLogger().logger, now: () => 0 });
    await assert.rejects(catalog.list(), /down/);
    fail = false;
    assert.equal((await catalog.list()).length, 1);
  });

  it('shows tenant ids when the name lookup is refused, and logs why', async () => {
    const { logger, lines } = captureLogger();
    const { gateway } = fakeGateway({
      findTenantsById: async () =>
        Promise.reject(new CodedError(ErrorCode.GraphForbidden, 'needs CrossTenantInformation.ReadBasic.All')),
    });
    const list = await createConfigurationCatalog({ gateway, logger }).list();
    assert.equal(list[0].target?.displayName, undefined);
    assert.equal(list[0].target?.tenantId, 't-fab');
    const line = lines.find((l) => /tenant names/.test(l.msg));
    assert.equal(line?.level, 40);
    assert.match(JSON.stringify(line?.err), /CrossTenantInformation/);
  });

  it('resolves forgiving names and suggests all configurations for an unknown one', async () => {
    const catalog = createConfigurationCatalog({ gateway: fakeGateway().gateway, logger: captureLogger().logger });
    assert.equal((await catalog.resolve('CONTOSO A')).match?.servicePrincipalId, 'sp-a');
    assert.equal((await catalog.resolve('fabrikam')).match?.servicePrincipalId, 'sp-a');
    const unknown = await catalog.resolve('Tailspin');
    assert.equal(unknown.match, undefined);
    assert.deepEqual(
      unknown.candidates.map((c) => c.displayName),
      ['Contoso A', 'Contoso B'],
    );
  });

  it('details: fresh job with quarantine, scope counts, mappings, partner and the warnings that matter', async () => {
    const { gateway, calls } = fakeGateway();
    const catalog = createConfigurationCatalog({ gateway, logger: captureLogger().logger });
    const details = await catalog.details(contosoA);
    assert.deepEqual(calls, ['parts:sp-a:job-a:t-fab'], 'one read for all of it');
    assert.equal(details.config.job?.status, 'Quarantine');
    assert.deepEqual(details.scope, { users: 2, groups: 1 });
    assert.equal(details.settings?.scopeMode, 'assignedOnly');
    assert.equal(details.partner?.automaticUserConsent.outboundAllowed, true);
    assert.equal(details.mappings?.ruleId, 'rule');
    const text = details.warnings.join('\n');
    assert.match(text, /quarantined \(TooManyDeletes\): Too many deletes/);
    assert.match(text, /userType Member applies only on creation: existing guests stay Guest/);
    assert.match(text, /direct members/);
    assert.match(text, /showInAddressList/);
    assert.doesNotMatch(text, /automatic redemption/);
  });

  it('details: warns when outbound auto-redemption is off or the partner entry is missing', async () => {
    const off = createConfigurationCatalog({
      gateway: fakeGateway(
        {},
        { partner: { ...partner, automaticUserConsent: { inboundAllowed: null, outboundAllowed: null } } },
      ).gateway,
      logger: captureLogger().logger,
    });
    assert.match(
      (await off.details(contosoA)).warnings.join('\n'),
      /Outbound automatic redemption to t-fab is off .*AzureDirectoryB2BManagementPolicyCheckFailure/,
    );
    const missing = createConfigurationCatalog({
      gateway: fakeGateway({}, { partner: undefined }).gateway,
      logger: captureLogger().logger,
    });
    assert.match((await missing.details(contosoA)).warnings.join('\n'), /no cross-tenant access entry/);
  });

  it(
    'details: a part that cannot be read becomes a warning and a log line; all parts failing is an ' + 'error',
    async () => {
      const { logger, lines } = captureLogger();
      const forbidden = new CodedError(
        ErrorCode.GraphForbidden,
        'Graph refused GET /servicePrincipals/{id}/synchronization/secrets: needs Synchronization.Read.All',
      );
      const catalog = createConfigurationCatalog({ gateway: fakeGateway({}, { settings: forbidden }).gateway, logger });
      const details = await catalog.details(contosoA);
      assert.equal(details.settings, undefined);
      assert.match(details.warnings[0], /^Could not read the settings: Graph refused/);
      assert.ok(lines.some((l) => l.msg === 'Could not read the settings' && l.level === 40));

      const down = new CodedError(ErrorCode.GraphUnreachable, 'Graph could not be reached');
      const broken = createConfigurationCatalog({
        gateway: fakeGateway({}, { job: down, settings: down, assignments: down, mappings: down, partner: down })
          .gateway,
        logger,
      });
      await assert.rejects(broken.details(contosoA), (e: unknown) => e === down);
    },
  );
});
