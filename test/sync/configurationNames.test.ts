import assert from 'node:assert/strict';
import { editDistance, matchConfiguration, normalizeName } from '../../src/sync/configurationNames';
import type { SyncConfiguration } from '../../src/domain';

const config = (
  name: string,
  target?: { tenantId: string; displayName?: string; defaultDomainName?: string },
): SyncConfiguration => ({
  servicePrincipalId: `sp-${name}`,
  appId: `app-${name}`,
  displayName: name,
  target,
});

const A = config('Contoso A', {
  tenantId: 't-fab',
  displayName: 'Fabrikam',
  defaultDomainName: 'fabrikam.onmicrosoft.com',
});
const B = config('Contoso B', {
  tenantId: 't-nw',
  displayName: 'Northwind Traders',
  defaultDomainName: 'northwind.onmicrosoft.com',
});
const ALL = [A, B];

describe('sync/configurationNames', () => {
  it('normalizes case, hyphens, spacing and accents', () => {
    assert.equal(normalizeName('  CONTOSO-A '), 'contoso a');
    assert.equal(normalizeName('Contoso_A'), 'contoso a');
    assert.equal(normalizeName('Fàbrikâm'), 'fabrikam');
  });

  it('matches "contoso a", "Contoso-A", "CONTOSO A" and "contosoa" to Contoso A', () => {
    for (const typed of ['contoso a', 'Contoso-A', 'CONTOSO A', 'contosoa', ' Contoso   A ']) {
      assert.equal(matchConfiguration(typed, ALL).match, A, typed);
    }
  });

  it('matches by service principal id (card payloads) and by target tenant name or domain', () => {
    assert.equal(matchConfiguration('sp-Contoso B', ALL).match, B);
    assert.equal(matchConfiguration('fabrikam', ALL).match, A);
    assert.equal(matchConfiguration('Northwind Traders', ALL).match, B);
    assert.equal(matchConfiguration('northwind', ALL).match, B);
  });

  it('returns the near ones as candidates when ambiguous, never guessing', () => {
    const contoso = matchConfiguration('contoso', ALL);
    assert.equal(contoso.match, undefined);
    assert.deepEqual(contoso.candidates, [A, B]);
    const typo = matchConfiguration('Contso A', ALL);
    assert.equal(typo.match, undefined, 'a typo is a suggestion, not a match');
    assert.ok(typo.candidates.includes(A));
    const c = matchConfiguration('Contoso C', ALL);
    assert.equal(c.match, undefined, 'one letter away from two names is no match');
  });

  it('suggests every configuration when nothing is near, including for hostile input', () => {
    assert.deepEqual(matchConfiguration('Tailspin', ALL), { candidates: ALL });
    assert.deepEqual(matchConfiguration("'; drop table --", ALL), { candidates: ALL });
    assert.deepEqual(matchConfiguration('x'.repeat(10000), ALL), { candidates: ALL });
    assert.deepEqual(matchConfiguration('', ALL), { candidates: ALL });
  });

  it('lists duplicates of the same name as candidates', () => {
    const twin = { ...A, servicePrincipalId: 'sp-twin' };
    assert.deepEqual(matchConfiguration('contoso a', [A, twin, B]), { candidates: [A, twin] });
  });

  it('computes edit distance', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('same', 'same'), 0);
  });
});
