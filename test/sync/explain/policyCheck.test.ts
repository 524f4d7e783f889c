import assert from 'node:assert/strict';
import { checkPolicies, mentions, targetFindings } from '../../../src/sync/checks/policyCheck';
import type { CredentialCheck, PartnerPolicy } from '../../../src/domain';
import { CONTOSO_B } from '../../support/configurations';

const partner = (outboundAllowed: boolean | null, inboundAllowed: boolean | null = null): PartnerPolicy => ({
  tenantId: 't',
  automaticUserConsent: { inboundAllowed, outboundAllowed },
});

describe('sync/explain which side blocks sync, and which setting', () => {
  it('reads the sides the service names, in its own wording or the documented one', () => {
    assert.deepEqual(
      mentions(
        'Policy permitting auto-redemption of invitations not configured. The target tenant (Northwind) has not ' +
          'enabled inbound automatic redemption of invitations for the source tenant Contoso.',
      ),
      {
        targetInboundRedemption: true,
        targetInboundSync: false,
        sourceOutbound: false,
        any: true,
      },
    );
    assert.equal(
      mentions('The target tenant has not enabled inbound synchronization with this tenant').targetInboundSync,
      true,
    );
    assert.equal(
      mentions('The source tenant has not enabled automatic user consent with the target tenant').sourceOutbound,
      true,
    );
    assert.equal(mentions('Policy permitting auto-redemption of invitations not configured.').any, false);
  });

  it(
    "with only the generic message and the source checked fine, the target's inbound automatic redemption is the " +
      'one off',
    () => {
      const failed: CredentialCheck = {
        ok: false,
        code: 'AzureDirectoryB2BManagementPolicyCheckFailure',
        message: 'Policy permitting auto-redemption of invitations not configured.',
      };
      const [finding] = targetFindings(failed, 'Northwind Traders', false);
      assert.equal(finding.state, 'wrong');
      assert.match(
        finding.setting,
        /Inbound access > Trust settings > "Automatically redeem invitations with the tenant"/,
      );
      assert.deepEqual(
        targetFindings(failed, 'Northwind Traders', true),
        [],
        'a wrong source explains it: nothing is pinned on the target',
      );
    },
  );

  it(
    'checks the source live and the target through test connection, or live with credentials in ' + 'the target',
    async () => {
      const gateway = {
        getPartner: async () => partner(true),
        validateJobCredentials: async (): Promise<CredentialCheck> => ({
          ok: false,
          code: 'AzureDirectoryB2BManagementPolicyCheckFailure',
          message: 'The target tenant (Northwind) has not enabled inbound synchronization with this tenant.',
        }),
        validateCredentials: async (): Promise<CredentialCheck> => ({ ok: true }),
      };
      const inferred = await checkPolicies(gateway, CONTOSO_B);
      assert.deepEqual(
        inferred.findings.map((f) => [f.tenant, f.state, f.how.split(' ')[0]]),
        [
          ['Your tenant', 'ok', 'read'],
          ['Northwind Traders', 'wrong', 'test'],
        ],
      );
      assert.match(inferred.findings[1].setting, /Cross-tenant sync > "Allow users sync into this tenant"/);
      const target = {
        getPartner: async () => partner(null, false),
        getIdentitySynchronization: async () => ({ tenantId: 's', userSyncInboundAllowed: true }),
      };
      const live = await checkPolicies(gateway, CONTOSO_B, { gatewayFor: () => target, sourceTenantId: 's' });
      assert.deepEqual(
        live.findings.slice(1).map((f) => [f.state, f.observed]),
        [
          ['wrong', 'is off'],
          ['ok', 'is on'],
        ],
      );
      assert.match(live.findings[1].how, /read live from the cross-tenant access policy of Northwind Traders/);
      const noEntry = await checkPolicies({ ...gateway, getPartner: async () => undefined }, CONTOSO_B);
      assert.match(noEntry.findings[0].observed, /no cross-tenant access entry for Northwind Traders/);
    },
  );
});
