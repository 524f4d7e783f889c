import assert from 'node:assert/strict';
import { describeMappings, mappingWarnings } from '../../../src/sync/mappings/mappingView';
import type { AttributeMapping, MappingSet } from '../../../src/domain';

const m = (
  targetAttributeName: string,
  source: string,
  sourceType: AttributeMapping['sourceType'],
  flowType = 'Always',
  matchingPriority = 0,
): AttributeMapping => ({ targetAttributeName, source, sourceType, flowType, matchingPriority });
const set = (...attributeMappings: AttributeMapping[]): MappingSet => ({
  ruleId: 'r',
  objectMappingName: 'Provision Microsoft Entra ID Users',
  attributeMappings,
});

describe('sync/mappings the warnings that matter', () => {
  it('Member only on creation: existing users (matched B2B guests) keep their type', () => {
    const warnings = mappingWarnings(
      set(m('userType', 'Member', 'Constant', 'ObjectAddOnly'), m('showInAddressList', 'True', 'Constant')),
    );
    assert.match(warnings[0], /New users are created as Member/);
    assert.match(
      warnings[1],
      /userType applies only on creation: .* keep their type\. Set "Apply this mapping" to Always/,
    );
    assert.match(warnings[2], /showInAddressList does not apply to target users who have a mailbox/);
  });

  it('Guest, unmapped and hidden from the address list', () => {
    assert.match(mappingWarnings(set(m('userType', 'Guest', 'Constant', 'Always')))[0], /created as Guest, not Member/);
    assert.match(mappingWarnings(set()).join(' '), /userType is not mapped[\s\S]*showInAddressList is not mapped/);
    assert.match(
      mappingWarnings(set(m('showInAddressList', 'False', 'Constant'))).join(' '),
      /hidden from the target's global address list/,
    );
    assert.deepEqual(mappingWarnings({ ...set(), enabled: false }), [
      'The user mapping is disabled: no users are provisioned.',
    ]);
  });

  it('rows put the attributes admins ask about first, in words', () => {
    const view = describeMappings({
      ...set(
        m('surname', 'surname', 'Attribute'),
        m('alternativeSecurityIds', 'AltSecIdFromNetId([netId])', 'Function', 'Always', 1),
        m('userType', 'Member', 'Constant', 'ObjectAddOnly'),
      ),
      scopingFilters: [
        { name: 'Only Sales', clauses: [{ attribute: 'department', operator: 'EQUALS', values: ['Sales'] }] },
      ],
    });
    assert.deepEqual(
      view.rows.map((r) => [r.target, r.source, r.applies, r.matching]),
      [
        ['userType', 'constant "Member"', 'only on creation', false],
        ['alternativeSecurityIds', 'AltSecIdFromNetId([netId])', 'always', true],
        ['surname', 'surname', 'always', false],
      ],
    );
    assert.deepEqual(view.scopingFilters, ["Only Sales: department EQUALS 'Sales'"]);
  });
});
