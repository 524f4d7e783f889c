import assert from 'node:assert/strict';
import { createKnowledgeBase } from '../../../src/sync/knowledge/knowledgeBase';

describe('sync/knowledge base of error codes', () => {
  const kb = createKnowledgeBase();

  it('explains the auto-redemption failure and names the settings on both sides', () => {
    const entry = kb.explain('AzureDirectoryB2BManagementPolicyCheckFailure');
    assert.ok(entry);
    assert.match(entry.cause, /auto-redemption/);
    assert.match(entry.fix, /Automatically redeem invitations/);
    assert.deepEqual(
      entry.settings?.map((s) => [s.tenant, s.check]),
      [
        ['source', 'sourceOutboundAutoRedemption'],
        ['target', 'targetInboundAutoRedemption'],
        ['target', 'targetInboundUserSync'],
      ],
    );
    // The newer code of the same policy check reads as the same answer.
    assert.equal(kb.explain('AzureActiveDirectoryCrossTenantSyncPolicyCheckFailure'), entry);
  });

  it('finds codes case-insensitively, by alias, and under the renamed "Microsoft Entra ID" spelling', () => {
    assert.equal(kb.explain('azureactivedirectoryforbidden')?.code, 'AzureActiveDirectoryForbidden');
    assert.equal(kb.explain('MicrosoftEntraIDForbidden')?.code, 'AzureActiveDirectoryForbidden');
    assert.equal(kb.explain('QuarantineOnDemand')?.code, 'QuarantinedOnDemand');
    assert.equal(kb.explain('StagedDelete')?.code, 'TooManyDeletes');
    assert.equal(kb.explain('NoSuchCode'), undefined);
  });

  it('finds the codes mentioned in a question', () => {
    const found = kb.mentionedIn(
      'explain AzureDirectoryB2BManagementPolicyCheckFailure and InvitationCreationFailureAmbiguousUser please',
    );
    assert.deepEqual(
      found.map((e) => e.code),
      ['AzureDirectoryB2BManagementPolicyCheckFailure', 'InvitationCreationFailureAmbiguousUser'],
    );
    assert.deepEqual(kb.mentionedIn('x'.repeat(100000)), []);
  });

  it('covers every code of the reference tables, each with a cause and a fix', () => {
    const required = [
      'AzureDirectoryB2BManagementPolicyCheckFailure',
      'AzureActiveDirectoryCrossTenantSyncPolicyCheckFailure',
      'ExternalTenantNotFound',
      'AzureActiveDirectoryTokenExpired',
      'Authorization_RequestDenied',
      'Request_MultipleObjectsWithSameKeyValue',
      'Directory_ObjectNotFound',
      'schemaInvalid',
      'AzureActiveDirectoryForbidden',
      'AzureActiveDirectoryCannotUpdateObjectsOriginatedInExternalService',
      'AzureActiveDirectoryCannotUpdateObjectsMasteredOnPremises',
      'AzureActiveDirectoryQuotaLimitExceeded',
      'AzureActiveDirectoryInsufficientRights',
      'InvitationCreationFailure',
      'InvitationCreationFailureUserAccountDisabled',
      'InvitationCreationFailureInvalidPropertyValue',
      'InvitationCreationFailureAmbiguousUser',
      'EntityTypeNotSupported',
      'InvalidAnchor',
      'DuplicateTargetEntries',
      'Timeout',
      'RedundantExport',
      'NotEffectivelyEntitled',
      'EncounteredQuarantineException',
      'EncounteredEscrowProportionThreshold',
      'QuarantinedOnDemand',
      'TooManyDeletes',
    ];
    for (const code of required) {
      const entry = kb.explain(code);
      assert.ok(entry, `missing ${code}`);
      assert.ok(entry.cause.length > 20 && entry.fix.length > 5, `${code} needs a cause and a fix`);
    }
    const codes = kb.all().flatMap((e) => [e.code, ...(e.aliases ?? [])].map((c) => c.toLowerCase()));
    assert.equal(new Set(codes).size, codes.length, 'no code or alias is listed twice');
  });
});
