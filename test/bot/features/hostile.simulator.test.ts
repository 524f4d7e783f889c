import assert from 'node:assert/strict';
import { Verb } from '../../../src/cards/verbs';
import { assertValidCard, cardOf } from '../../support/adaptiveCard';
import { startSyncWorld, SyncWorld, visibleText } from '../../support/syncBot';

const CHANGES = /\/(provisionOnDemand|start|pause|restart|appRoleAssignedTo|secrets)$/;

describe('hostile input to the provisioning, job and log commands (simulator)', function () {
  this.timeout(60_000);
  let world: SyncWorld;
  let logsBefore: number;
  before(async () => {
    world = await startSyncWorld();
    logsBefore = (await world.gateway.listProvisioningLogs({ top: 500 })).items.length;
  });
  after(async () => world?.stop());

  const say = async (text: string) => {
    const replies = await world.bot.say(text);
    assert.equal(replies.length, 1, `one answer for ${text.slice(0, 60)}`);
    const card = cardOf(replies[0]);
    assertValidCard(card, { userText: true });
    return visibleText(card);
  };
  const clickText = async (verb: string, data: unknown) => {
    const { invoke } = await world.bot.click(verb, data);
    const body = invoke?.body as { type?: string; value?: unknown };
    if (body?.type === 'application/vnd.microsoft.card.adaptive') {
      assertValidCard(body.value, { userText: true });
      return visibleText(body.value);
    }
    return String(body?.value);
  };

  it('names with quotes and unicode are looked up as text: clear answers, nothing provisioned', async () => {
    assert.match(await say("provision Seán O'Brien"), /Seán O'Brien is not in the scope of any configuration/);
    assert.match(await say("provision O'Brien"), /O'Brien|No user/);
    assert.match(await say('provision Zoë 🚀 \u202e'), /No user (?:is )?named "Zoë 🚀/);
    assert.match(await say('provision <script>alert(1)</script> ${evil}'), /No user (?:is )?named/);
    assert.match(await say("provision ') or startswith(displayName,'"), /No user (?:is )?named|Several users match/);
  });

  it('very long text is refused with the limit, before Graph is asked about it', async () => {
    const before = world.requests.length;
    assert.match(
      await say(`provision ${'Adele '.repeat(1000)}`),
      /A user name, UPN or mail has at most 256 characters/,
    );
    assert.match(
      await say(`provision ${Array.from({ length: 25 }, (_, i) => `User${i}`).join(', ')}`),
      /I provision at most 20 at once/,
    );
    assert.match(await say(`show failures for ${'x'.repeat(300)}`), /at most 200 characters/);
    assert.equal(world.requests.slice(before).filter((r) => r.path.startsWith('/v1.0/users')).length, 0);
  });

  it('card payloads naming a user, configuration or log entry that does not exist change nothing', async () => {
    const contosoA = await world.configuration('Contoso A');
    const adele = await world.userId('Adele Vance');
    assert.match(
      await clickText(Verb.provisionUser, {
        userId: '00000000-0000-4000-8000-000000000000',
        configurationId: contosoA.servicePrincipalId,
      }),
      /That user no longer exists in your tenant/,
    );
    assert.match(await clickText(Verb.provisionUser, { userId: 'adelev@contoso.com' }), /That user no longer exists/);
    assert.match(
      await clickText(Verb.provisionUser, { userId: adele, configurationId: 'not-a-configuration' }),
      /That configuration no longer exists/,
    );
    assert.match(await clickText(Verb.provisionUser, { userId: { $ne: null } }), /That button sent data I cannot use/);
    assert.match(
      await clickText(Verb.jobRestartConfirm, {
        configurationId: 'not-a-configuration',
        option: 'portal',
        issuedAt: new Date().toISOString(),
      }),
      /That configuration no longer exists/,
    );
    assert.match(
      await clickText(Verb.jobAllowDeletesConfirm, { configurationId: contosoA.servicePrincipalId }),
      /not holding back any deletions/,
    );
    assert.match(await clickText(Verb.logDetails, { id: 'nope', at: 'yesterday-ish' }), /no longer available/);
    assert.match(await clickText(Verb.explainCode, { code: "'; DROP TABLE--" }), /I don't know the code/);
    assert.match(await clickText(Verb.logsFilter, { when: 'since the dawn of time' }), /I can't read the time/);
  });

  it('nothing was changed in any tenant by any of it', async () => {
    assert.deepEqual(
      world.requests.filter((r) => r.method !== 'GET' && CHANGES.test(r.path)).map((r) => `${r.method} ${r.path}`),
      [],
    );
    assert.equal((await world.gateway.listProvisioningLogs({ top: 500 })).items.length, logsBefore);
  });
});
