import assert from 'node:assert/strict';
import type { MembershipLookup } from '../../../src/access';
import { RoleDirectory } from '../../../src/bot/access';
import type { DirectoryMembership } from '../../../src/domain';
import { Verb } from '../../../src/cards/verbs';
import { cardOf, cardText } from '../../support/adaptiveCard';
import { CONTOSO_A } from '../../support/configurations';
import { fakeCatalog } from '../../support/fakeCatalog';
import { DEFAULT_ROLE_SETTINGS } from '../../support/roles';
import { botUnderTest } from '../../support/turns';

const GLOBAL_READER: DirectoryMembership = {
  id: 'r1',
  displayName: 'Global Reader',
  kind: 'directoryRole',
  roleTemplateId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
};
const GLOBAL_ADMIN: DirectoryMembership = {
  id: 'r2',
  displayName: 'Global Administrator',
  kind: 'directoryRole',
  roleTemplateId: '62e90394-69f5-4237-9190-012177145e10',
};

/** Entra as the unit's edge: memberships an administrator changes while the bot runs; lookups are counted. */
function directory(initial: DirectoryMembership[]) {
  const state = { memberships: initial, lookups: 0 };
  const memberships: MembershipLookup = {
    membershipsOf: async () => (state.lookups++, [...state.memberships]),
  };
  // Five minutes of cache, as deployed: a test would otherwise not show what the cache hides.
  const roles = new RoleDirectory({ memberships, settings: { ...DEFAULT_ROLE_SETTINGS, cacheSeconds: 300 } });
  return { state, roles };
}

describe('roles read fresh when it matters', () => {
  it('"refresh my roles" reads Entra now: a role granted a minute ago works at once', async () => {
    const entra = directory([]);
    const t = botUnderTest({
      catalog: fakeCatalog([CONTOSO_A]),
      access: { roles: entra.roles, settings: DEFAULT_ROLE_SETTINGS },
    });
    assert.match(cardText(cardOf((await t.say('list configurations'))[0])), /needs the reader role/);
    entra.state.memberships = [GLOBAL_READER]; // granted in Entra; the cached "no role" would last five minutes
    assert.match(cardText(cardOf((await t.say('list configurations'))[0])), /needs the reader role/, 'cached');
    const [answer] = await t.say('refresh my roles');
    assert.match(String(answer.text), /I read your roles from Microsoft Entra ID just now: reader\./);
    assert.match(cardText(cardOf((await t.say('list configurations'))[0])), /Contoso A/);
  });

  it('an approve click reads the clicking user’s roles from Entra, not the cache', async () => {
    const entra = directory([GLOBAL_ADMIN]);
    const t = botUnderTest({
      catalog: fakeCatalog([CONTOSO_A]),
      access: { roles: entra.roles, settings: DEFAULT_ROLE_SETTINGS },
    });
    await t.say('list configurations');
    const before = entra.state.lookups;
    entra.state.memberships = []; // the administrator role is taken away
    const { invoke } = await t.click(Verb.approvalApprove, { requestId: '00000000-0000-4000-8000-000000000000' });
    assert.equal(entra.state.lookups, before + 1, 'looked up again');
    assert.match(JSON.stringify(invoke?.body), /needs the approver role/);
    await t.say('list configurations');
    assert.equal(entra.state.lookups, before + 1, 'the fresh answer refreshed the cache');
  });
});
