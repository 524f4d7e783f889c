import assert from 'node:assert/strict';
import { Verb } from '../../../../src/cards/verbs';
import { assertValidCard, buttonsOf, cardOf } from '../../../support/adaptiveCard';
import { targetUsersFor } from '../../../support/simulator';
import { startSyncWorld, SyncWorld, visibleText } from '../../../support/syncBot';

describe('provision on demand in chat, against the simulator', function () {
  this.timeout(60_000);
  let world: SyncWorld;
  before(async () => {
    world = await startSyncWorld();
  });
  after(async () => world?.stop());

  const say = async (text: string) => {
    const replies = await world.bot.say(text);
    assert.equal(
      replies.length,
      1,
      `one card for "${text}", updated in place: ${JSON.stringify(replies).slice(0, 300)}`,
    );
    const card = cardOf(replies[0]);
    assertValidCard(card);
    return { card, text: visibleText(card), id: replies[0].id };
  };
  const invokeCard = (invoke: { body?: unknown } | undefined) => {
    const body = invoke?.body as { type?: string; value?: unknown } | undefined;
    assert.equal(body?.type, 'application/vnd.microsoft.card.adaptive', JSON.stringify(body).slice(0, 300));
    assertValidCard(body!.value);
    return { card: body!.value, text: visibleText(body!.value) };
  };
  /** The clicked card as it ends: a click slower than the answer time gets its result as an update of that card. */
  const clickedCardAtLast = () => {
    const last = [...world.updates].reverse().find((u) => u.id === 'card-message-1');
    assert.ok(last, 'the clicked card was updated');
    return { card: last.card, text: visibleText(last.card) };
  };

  it(
    '"provision Adele Vance now" creates her in Fabrikam as Member on one card, updated at most once a second ' +
      'before the result',
    async () => {
      const before = world.updates.length;
      const started = Date.now();
      const { text, id } = await say('provision Adele Vance now');
      const elapsedMs = Date.now() - started;
      assert.match(text, /Created Adele Vance in Fabrikam, Inc\. as Member/);
      assert.match(text, /Contoso A → Fabrikam/);
      for (const step of ['Import', 'Scoping', 'Matching', 'Action'])
        assert.match(text, new RegExp(`^${step}$`, 'm'), step);
      assert.match(text, /Retrieved User 'AdeleV@contoso\.com'/);
      assert.match(text, /will be created in Azure Active Directory \(target tenant\)/);
      assert.match(text, /userType: Member/);
      assert.match(text, /userPrincipalName: AdeleV_contoso\.com#EXT#@fabrikam/);
      const shown = world.updates
        .slice(before)
        .filter((u) => u.id === id)
        .map((u) => visibleText(u.card));
      assert.match(shown[0], /Looking up the user/);
      assert.match(
        shown.at(-1)!,
        /Created Adele Vance in Fabrikam/,
        'the result replaced the progress on the same card',
      );
      // Teams allows 7 sends per second in a conversation: the post, at most one progress update a second, the result.
      assert.ok(shown.length <= 2 + Math.ceil(elapsedMs / 1000), `${shown.length} versions in ${elapsedMs} ms`);
      const users = await targetUsersFor(world.sim, 'Fabrikam', 'AdeleV@contoso.com');
      assert.equal(users.length, 1);
      assert.equal(users[0].userType, 'Member');
    },
  );

  it('shows what it is doing while provision on demand takes its time, then the result on the same card', async () => {
    await world.sim.control('POST', '/faults', {
      kind: 'delay',
      method: 'POST',
      path: 'provisionOnDemand',
      delayMs: 2500,
      count: 1,
    });
    const before = world.updates.length;
    const { text, id } = await say('provision Nestor Wilke');
    const shown = world.updates
      .slice(before)
      .filter((u) => u.id === id)
      .map((u) => visibleText(u.card));
    assert.ok(
      shown.slice(1, -1).some((t) => /Calling provision on demand for Contoso B/.test(t)),
      shown.map((t) => t.split('\n')[1]).join(' | '),
    );
    assert.equal(shown.at(-1), text);
    assert.doesNotMatch(text, /Calling provision on demand/);
  });

  it('a second run says she is already in sync', async () => {
    const { text, card } = await say('provision adelev@contoso.com');
    assert.match(text, /No change: Adele Vance is already in sync in Fabrikam/);
    assert.match(text, /Already in sync: the user in the source and in the target already match/);
    assert.deepEqual(
      buttonsOf(card).map((b) => b.verb),
      [Verb.provisionUser, Verb.showLogs],
    );
  });

  it('reads the outcome from the steps when the answer carries no statusInfo', async () => {
    await world.sim.control('PATCH', '/settings', { onDemandStatusInfo: false });
    try {
      const failed = await say('provision Nestor Wilke');
      assert.match(
        failed.text,
        /Failed: could not create Nestor Wilke in Northwind Traders \(AzureDirectoryB2BManagementPolicyCheckFailure\)/,
      );
      const redundant = await say('provision Adele Vance now');
      assert.doesNotMatch(redundant.text, /warning/i, 'a skipped or successful user is not a warning');
      assert.match(redundant.text, /Adele Vance/);
    } finally {
      await world.sim.control('PATCH', '/settings', { onDemandStatusInfo: true });
    }
  });

  it(
    'a Contoso B user fails with the auto-redemption error explained and the wrong setting named ' + 'in Northwind',
    async () => {
      const { text } = await say('provision Nestor Wilke');
      assert.match(
        text,
        /Failed: could not create Nestor Wilke in Northwind Traders \(AzureDirectoryB2BManagementPolicyCheckFailure\)/,
      );
      assert.match(text, /Automatic redemption is not allowed between the tenants/);
      assert.match(
        text,
        new RegExp(
          String.raw`Northwind Traders \(target tenant\): Cross-tenant access settings > your organization >` +
            String.raw` Inbound access > Trust settings > "Automatically redeem invitations with the tenant" is` +
            String.raw` off`,
        ),
      );
      assert.match(text, /✅ Your tenant \(source\): .*Outbound access > Trust settings .* is on/);
      assert.match(
        text,
        /Fix: An administrator of Northwind Traders must tick "Automatically redeem invitations with the tenant"/,
      );
      assert.match(
        text,
        /The provisioning service said: Policy permitting auto-redemption of invitations not configured/,
      );
      assert.equal((await targetUsersFor(world.sim, 'Northwind Traders', 'NestorW@contoso.com')).length, 0);
    },
  );

  it('the existing B2B guest is matched, not duplicated, and stays Guest (explained)', async () => {
    const contosoA = await world.configuration('Contoso A');
    const diego = await world.userId('Diego Siciliani');
    const assigned = await world.gateway.listAssignments(contosoA.servicePrincipalId);
    if (!assigned.some((a) => a.principalId === diego))
      await world.gateway.addAssignment(contosoA.servicePrincipalId, {
        principalId: diego,
        appRoleId: contosoA.appRoleId!,
      });
    const { text } = await say('sync Diego to Fabrikam');
    assert.match(text, /Updated Diego Siciliani in Fabrikam, Inc\. \(Guest\)/);
    assert.match(
      text,
      /already existed in Fabrikam, Inc\. as a B2B guest: sync matched that user .* instead of creating a second one/,
    );
    assert.match(text, /stays Guest: the userType mapping of Contoso A applies only when a user is created/);
    const users = await targetUsersFor(world.sim, 'Fabrikam', 'DiegoS@contoso.com');
    assert.equal(users.length, 1, 'one Diego in Fabrikam');
    assert.equal(users[0].userType, 'Guest');
  });

  it(
    '"to Northwind" picks Contoso B, and a user outside its scope gets why and how to add them, ' + 'nothing changed',
    async () => {
      const { text, card } = await say('sync Adele Vance to Northwind');
      assert.match(text, /Adele Vance is not in the scope of Contoso B/);
      assert.match(text, /neither assigned to the configuration nor a direct member of an assigned group/);
      assert.match(text, /Users and groups > Add user\/group\. Nested groups do not count/);
      assert.match(text, /Nothing was changed/);
      assert.deepEqual(
        buttonsOf(card).map((b) => [b.verb, b.data.configurationId]),
        [[Verb.provisionUser, (await world.configuration('Contoso B')).servicePrincipalId]],
      );
    },
  );

  it('an ambiguous name gets a choice card; the click resolves the id again and provisions in place', async () => {
    const { text, card } = await say('provision Isa');
    assert.match(text, /Several users match "Isa"/);
    const choices = buttonsOf(card);
    assert.deepEqual(
      choices.map((c) => c.title),
      ['Provision', 'Provision'],
    );
    const isabellaId = await world.userId('Isabella Simonsen');
    assert.ok(choices.some((c) => c.data.userId === isabellaId));
    const contosoA = await world.configuration('Contoso A');
    const { invoke } = await world.bot.click(Verb.provisionUser, {
      userId: isabellaId,
      configurationId: contosoA.servicePrincipalId,
    });
    const answer = invokeCard(invoke);
    assert.match(answer.text, /Skipped: Isabella Simonsen was not provisioned to Fabrikam/);
    assert.match(answer.text, /neither assigned to the configuration nor a direct member of an assigned group/);
  });

  it('an unknown name gets suggestions; a guest of the source tenant is refused with the reason', async () => {
    const unknown = await say('provision Adel Vanse');
    assert.match(unknown.text, /No user is named "Adel Vanse"\. Did you mean/);
    assert.match(unknown.text, /Adele Vance/);
    const guest = await say('provision Dan Park');
    assert.match(guest.text, /Dan Park cannot be provisioned/);
    assert.match(guest.text, /Cross-tenant synchronization only provisions internal members/);
  });

  it(
    '"Provision a user" on a configuration card asks who, and the typed name is provisioned with ' +
      'that configuration',
    async () => {
      const contosoA = await world.configuration('Contoso A');
      const prompt = invokeCard(
        (await world.bot.click(Verb.provision, { configurationId: contosoA.servicePrincipalId })).invoke,
      );
      assert.match(prompt.text, /Provision a user with Contoso A/);
      assert.match(JSON.stringify(prompt.card), /"type":"Input.Text","id":"user"/);
      const [go] = buttonsOf(prompt.card);
      assert.equal(go.verb, Verb.provisionNamed);
      await world.bot.click(go.verb, { ...go.data, user: 'Lee Gu' });
      // Lee Gu waits out the provision-on-demand pace: the click is answered with the working card, the result follows.
      const answer = clickedCardAtLast();
      assert.match(answer.text, /Skipped: Lee Gu was not provisioned to Fabrikam/);
      assert.match(answer.text, /this user has SMS sign-in enabled/);
    },
  );

  it('parses both documented provisionOnDemand answer forms (form A: key is JSON, value one object)', async () => {
    const switched = await world.sim.control('PATCH', '/settings', { onDemandForm: 'A' });
    assert.equal(switched.status, 200);
    try {
      const { text } = await say('provision Adele Vance');
      assert.match(text, /No change: Adele Vance is already in sync in Fabrikam/);
      const created = await say('provision Nestor Wilke to Contoso B');
      assert.match(created.text, /AzureDirectoryB2BManagementPolicyCheckFailure/);
    } finally {
      await world.sim.control('PATCH', '/settings', { onDemandForm: 'B' });
    }
  });
});
