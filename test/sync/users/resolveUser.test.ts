import assert from 'node:assert/strict';
import type { DirectoryUser } from '../../../src/domain';
import { resolveUser, resolveUserById } from '../../../src/sync/users/resolveUser';
import { splitUserNames } from '../../../src/sync/users/userNames';

const user = (displayName: string, upn: string, extra: Partial<DirectoryUser> = {}): DirectoryUser => ({
  id: `00000000-0000-4000-8000-${String(upn.length).padStart(12, '0')}`,
  displayName,
  userPrincipalName: upn,
  mail: upn,
  mailNickname: upn.split('@')[0],
  userType: 'Member',
  ...extra,
});
const ADELE = user('Adele Vance', 'AdeleV@contoso.com');
const ISAIAH = user('Isaiah Langer', 'IsaiahL@contoso.com', { id: '00000000-0000-4000-8000-00000000001a' });
const ISABELLA = user('Isabella Simonsen', 'IsabellaS@contoso.com', { id: '00000000-0000-4000-8000-00000000001b' });
const GUEST = user('Dan Park', 'DanP_tailspintoys.com#EXT#@contoso.onmicrosoft.com', { userType: 'Guest' });

const startsAWord = (u: DirectoryUser, t: string) =>
  u.displayName
    .toLowerCase()
    .split(' ')
    .some((w) => w.startsWith(t));

/**
 * findUsers and findUsersStartingWithAny as Graph answers them (the server's filters and $search), up to `top` users.
 */
function directory(users: DirectoryUser[]) {
  const asked: string[] = [];
  const askedAny: string[][] = [];
  return {
    asked,
    askedAny,
    findUsers: async (text: string) => {
      asked.push(text);
      const t = text.toLowerCase();
      return users.filter(
        (u) =>
          [u.displayName, u.userPrincipalName, u.mailNickname ?? ''].some(
            (v) => v.toLowerCase() === t || v.toLowerCase().startsWith(t),
          ) || startsAWord(u, t),
      );
    },
    findUsersStartingWithAny: async (prefixes: string[], options?: { top?: number }) => {
      askedAny.push(prefixes);
      const ts = prefixes.map((p) => p.toLowerCase());
      return users
        .filter((u) => ts.some((t) => startsAWord(u, t) || u.userPrincipalName.toLowerCase().startsWith(t)))
        .slice(0, options?.top);
    },
    getUser: async (id: string) => users.find((u) => u.id === id),
  };
}

describe('sync/users resolving who a name means', () => {
  const dir = directory([ADELE, ISAIAH, ISABELLA, GUEST]);

  it('finds one user by name, UPN, mail or alias', async () => {
    for (const typed of ['Adele Vance', 'adelev@contoso.com', 'AdeleV', 'adele']) {
      const found = await resolveUser(dir, typed);
      assert.equal(found.kind === 'found' && found.user.id, ADELE.id, typed);
    }
  });

  it('several matches are ambiguous; an exact one wins over prefixes', async () => {
    const found = await resolveUser(dir, 'Isa');
    assert.equal(found.kind, 'ambiguous');
    assert.deepEqual(found.kind === 'ambiguous' && found.candidates.map((u) => u.displayName), [
      'Isaiah Langer',
      'Isabella Simonsen',
    ]);
    const exact = await resolveUser(dir, 'Isaiah Langer');
    assert.equal(exact.kind === 'found' && exact.user.id, ISAIAH.id);
  });

  it(
    "nobody by that name: suggestions from the words' first letters (given name, surname, display name), asked in " +
      'one request',
    async () => {
      const d = directory([ADELE, ISAIAH, ISABELLA, GUEST]);
      const found = await resolveUser(d, 'Adel Vanse');
      assert.equal(found.kind, 'unknown');
      assert.deepEqual(found.kind === 'unknown' && found.suggestions.map((u) => u.displayName), ['Adele Vance']);
      assert.deepEqual(d.asked, ['Adel Vanse'], 'the typed name once, never word by word');
      assert.deepEqual(d.askedAny, [['Ade', 'Van']]);
    },
  );

  it(
    'ranks suggestions by the words they share with the typed name, leaving out guests; a mistyped UPN is matched ' +
      'on its local part',
    async () => {
      const ADAM_BERG = user('Adam Berg', 'AdamB@contoso.com', { id: '00000000-0000-4000-8000-0000000000a1' });
      const ADAM_NOVAK = user('Adam Novak', 'AdamN@contoso.com', { id: '00000000-0000-4000-8000-0000000000a2' });
      const LISA_BERGER = user('Lisa Berger', 'LisaB@contoso.com', { id: '00000000-0000-4000-8000-0000000000a3' });
      const DANA = user('Dana Bergström', 'DanaB_fabrikam.com#EXT#@contoso.com', {
        userType: 'Guest',
        id: '00000000-0000-4000-8000-0000000000a4',
      });
      const d = directory([ADAM_NOVAK, LISA_BERGER, DANA, ADAM_BERG, ADELE]);
      const found = await resolveUser(d, 'Adam Bergg');
      assert.deepEqual(found.kind === 'unknown' && found.suggestions.map((u) => u.displayName), [
        'Adam Berg',
        'Adam Novak',
        'Lisa Berger',
      ]);
      const byUpn = await resolveUser(d, 'adamx@contoso.com');
      assert.deepEqual(
        byUpn.kind === 'unknown' && byUpn.suggestions.map((u) => u.displayName),
        ['Adam Novak', 'Adam Berg'],
        'one shared word each: the closer length first',
      );
      assert.deepEqual(d.askedAny.at(-1), ['ada']);
    },
  );

  it('asks nothing more when no typed word has two letters', async () => {
    const d = directory([ADELE]);
    const found = await resolveUser(d, 'x y');
    assert.deepEqual(found.kind === 'unknown' && found.suggestions, []);
    assert.deepEqual(d.askedAny, []);
  });

  it(
    'refuses guests and external users with the reason; refuses text no one can be named, before ' + 'asking Graph',
    async () => {
      const guest = await resolveUser(dir, 'Dan Park');
      assert.equal(guest.kind, 'notInternal');
      assert.match(
        guest.kind === 'notInternal' ? guest.reason : '',
        /external \(B2B\) user .*#EXT#.*only provisions internal members/,
      );
      const before = dir.asked.length;
      assert.equal((await resolveUser(dir, 'x'.repeat(300))).kind, 'invalid');
      assert.equal((await resolveUser(dir, '   ')).kind, 'invalid');
      assert.equal(dir.asked.length, before);
    },
  );

  it("a card button's user id is looked up again; anything but an object id is refused", async () => {
    assert.equal((await resolveUserById(dir, ADELE.id)).kind, 'found');
    assert.equal((await resolveUserById(dir, 'adelev@contoso.com')).kind, 'invalid');
    assert.equal((await resolveUserById(dir, '00000000-0000-4000-8000-0000000000ff')).kind, 'unknown');
  });

  it('splits a list of users on commas, semicolons and "and", keeping quotes and apostrophes in names', () => {
    assert.deepEqual(splitUserNames("Adele Vance, Lee Gu and 'Megan Bowen'; O'Brien & adelev@contoso.com"), [
      'Adele Vance',
      'Lee Gu',
      'Megan Bowen',
      "O'Brien",
      'adelev@contoso.com',
    ]);
    assert.deepEqual(splitUserNames(' , and '), []);
  });
});
