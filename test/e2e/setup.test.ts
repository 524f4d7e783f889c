import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import type { ApprovalRequest } from '../../src/approvals/model';
import { ApprovalStore } from '../../src/approvals/store';
import { SqliteStorage } from '../../src/storage/sqlite/sqliteStorage';
import { captureLogs } from '../support/logs';
import type { Activity } from 'botbuilder';
import { SetupVerb } from '../../src/cards/setupVerbs';
import { Verb } from '../../src/cards/verbs';
import { gatewayFor, tenantOf } from '../graph/simulator/simulatorGateway';
import { assertValidCard, buttonsOf, cardOf, cardText } from '../support/adaptiveCard';
import { SetupHarness, startSetupHarness } from '../bot/features/setup/harness';
import { HOME_TENANT, USER } from '../support/turns';

/** A Teams channel where operators and approvers meet: the request card is posted here and approved here. */
const CHANNEL: Partial<Activity> = {
  conversation: {
    id: '19:identity-ops@thread.tacv2',
    conversationType: 'channel',
    tenantId: HOME_TENANT,
    isGroup: true,
    name: 'Identity Ops',
  },
  channelData: { tenant: { id: HOME_TENANT }, channel: { id: '19:identity-ops@thread.tacv2', name: 'Identity Ops' } },
};
const ALEX = 'AlexW@contoso.com';
const LEE = 'LeeG@contoso.com';
/** Two approvers besides the requester (Megan Bowen, the test adapter's user). */
const TWO_APPROVERS = { [ALEX]: ['reader', 'approver'], [LEE]: ['reader', 'approver'] } as const;

/** The card an Action.Execute answered with. */
function invokeCard(invoke: { status: number; body?: unknown } | undefined) {
  assert.equal(invoke?.status, 200, JSON.stringify(invoke));
  return (invoke!.body as { value: Record<string, unknown> }).value as {
    type: 'AdaptiveCard';
    version: string;
    body: unknown[];
  };
}

/**
 * Submits a request preview in the channel as the requester and has each approver (by UPN) click Approve on the
 * posted card, as people do in Teams; returns the card the last click answered with.
 */
async function approveInChannel(h: SetupHarness, preview: Record<string, unknown>, approvers: string[]) {
  const submit = buttonsOf(preview).find((b) => b.verb === Verb.approvalSubmit);
  assert.ok(submit, 'the preview has Submit for approval');
  const { replies } = await h.t.click(submit.verb, submit.data, CHANNEL);
  const posted = replies.find((r) => r.attachments?.length);
  assert.ok(posted, 'the request card is posted in the channel');
  const approve = buttonsOf(cardOf(posted)).find((b) => b.verb === Verb.approvalApprove)!;
  let last: ReturnType<typeof invokeCard> | undefined;
  for (const upn of approvers) {
    last = invokeCard(
      (await h.t.click(approve.verb, approve.data, { ...CHANNEL, replyToId: posted.id, ...h.as(upn) })).invoke,
    );
  }
  return last!;
}

describe(
  '@e2e guided setup, settings and removal from chat (TestAdapter, real gateway over HTTPS, ' + 'simulator)',
  function () {
    this.timeout(60_000);
    let h: SetupHarness;
    afterEach(async () => h?.stop());

    it(
      'sets up Tailspin Toys from chat: the request shows the partner policy, two other approvers approve it, and ' +
        'setup runs until test connection passes; the first provision on demand creates the user there',
      async () => {
        h = await startSetupHarness({ withAccessTo: ['Tailspin Toys'], others: TWO_APPROVERS });
        const plan = cardOf((await h.t.say('set up sync to tailspintoys.com', CHANNEL))[0]);
        assertValidCard(plan);
        const text = cardText(plan);
        assert.match(text, /Outbound: automatically redeem invitations[\s\S]*❌ missing/);
        assert.match(text, /Cross-tenant sync: allow users sync into this tenant[\s\S]*✅ in place/);
        assert.match(text, /Read by the bot/);
        const [ask] = buttonsOf(plan);
        assert.equal(ask.verb, SetupVerb.run);
        assert.equal(ask.title, 'Ask for approval to create what is missing');
        assert.deepEqual(
          Object.keys(ask.data).sort(),
          ['issuedAt', 'target', 'trust'],
          'the button carries the target, the trust choice and when it was issued only; the plan is read again',
        );
        const tailspinId = tenantOf(h.world.sim, 'Tailspin Toys').tenantId;

        // The button drafts a request showing the partner policy before and after; nothing is written yet.
        const preview = invokeCard((await h.t.click(ask.verb, ask.data, CHANNEL)).invoke);
        assertValidCard(preview);
        assert.match(cardText(preview), /Partner policy for Tailspin Toys before: no partner entry/);
        assert.match(
          cardText(preview),
          /Partner policy for Tailspin Toys after: outbound automatic redemption yes, inbound trust of MFA no/,
        );
        const submit = buttonsOf(preview).find((b) => b.verb === Verb.approvalSubmit)!;
        const submitted = await h.t.click(submit.verb, submit.data, CHANNEL);
        assert.match(cardText(invokeCard(submitted.invoke)), /Submitted/);
        const postedActivity = submitted.replies.find((r) => r.attachments?.length)!;
        const posted = cardOf(postedActivity);
        // Approvers click the card posted in the channel.
        const onPosted = { ...CHANNEL, replyToId: postedActivity.id };
        assertValidCard(posted);
        assert.match(cardText(posted), /Two different people with the approver role .*, except the requester/);
        assert.match(cardText(posted), /Partner policy for Tailspin Toys after: outbound automatic redemption yes/);
        const approve = buttonsOf(posted).find((b) => b.verb === Verb.approvalApprove)!;
        assert.equal(await h.world.gateway.getPartner(tailspinId), undefined, 'submitting writes nothing');

        // The requester cannot approve their own request; two other approvers can, one after the other.
        const own = await h.t.click(approve.verb, approve.data, onPosted);
        assert.match(JSON.stringify(own.invoke?.body), /You can't approve your own request/);
        const first = invokeCard((await h.t.click(approve.verb, approve.data, { ...onPosted, ...h.as(ALEX) })).invoke);
        assert.match(cardText(first), /Approved by Alex Wilber; waiting for 1 more approver/);
        assert.equal(
          (await h.world.gateway.listConfigurations()).filter((c) => c.target?.tenantId === tailspinId).length,
          0,
        );
        assert.equal(await h.world.gateway.getPartner(tailspinId), undefined, 'one approval changes nothing');
        const before = h.updates.length;
        const second = await h.t.click(approve.verb, approve.data, { ...onPosted, ...h.as(LEE) });
        const done = invokeCard(second.invoke);
        assertValidCard(done);
        assert.match(cardText(done), /Approved by Alex Wilber and Lee Gu at .* - applied: Test connection passed\. /);
        assert.match(cardText(done), /"Tailspin Toys" is ready and not started/);
        for (const step of [
          'Partner entry for the target: done',
          'Outbound automatic redemption: done',
          'Configuration (application): done',
          'Provisioning job (Azure2Azure): done (Created, not started.)',
          'Target tenant and settings: done',
          'accidental-deletion prevention is on (500 per cycle)',
          'Test connection: done (Passed.)',
        ]) {
          assert.ok(cardText(done).includes(step), `the approved card shows "${step}"`);
        }
        assert.match(cardText(done), /Trust MFA and compliant devices: skipped \(Not asked for/);
        assert.doesNotMatch(cardText(done), /failed/);
        assert.deepEqual(
          h.updates.slice(before).map((u) => u.id),
          [postedActivity.id],
          'the posted request card is updated in place for everyone',
        );
        assert.equal(h.updates.length - before, 1);
        const told = second.replies.find((r) => typeof r.text === 'string')!;
        assert.equal(told.recipient?.aadObjectId, USER.aadObjectId, 'the requester is told');
        assert.match(
          told.text!,
          /Your request "Set up sync to Tailspin Toys.*": Approved by .* Test connection passed/,
        );

        const config = (await h.world.gateway.listConfigurations()).find((c) => c.target?.tenantId === tailspinId)!;
        assert.equal(config.job?.scheduleState, 'Disabled', 'nothing started');
        const adele = (await h.world.gateway.getUser('AdeleV@contoso.com'))!;
        await h.world.gateway.addAssignment(config.servicePrincipalId, {
          principalId: adele.id,
          appRoleId: config.appRoleId!,
        });
        const ruleId = (await h.world.gateway.getUserRuleId(config.servicePrincipalId, config.job!.id))!;
        const [outcome] = await h.world.gateway.provisionOnDemand(config.servicePrincipalId, config.job!.id, {
          ruleId,
          subjects: [{ objectId: adele.id, objectTypeName: 'User' }],
        });
        assert.equal(outcome.action, 'create', JSON.stringify(outcome));
        assert.equal(outcome.status, 'success');
        const tailspin = gatewayFor(h.world.sim, tenantOf(h.world.sim, 'Tailspin Toys')).gateway;
        const created = (await tailspin.findUsers('Adele Vance')).find((u) => u.displayName === 'Adele Vance');
        assert.equal(created?.userType, 'Member', 'Adele now exists in Tailspin Toys as an external member');

        // A late click on Approve, or the setup button again, creates nothing and says why.
        const late = await h.t.click(approve.verb, approve.data, { ...onPosted, ...h.as(LEE) });
        assert.match(JSON.stringify(late.invoke?.body), /This request was already approved by Lee Gu and applied/);
        const drafts = (await h.approvals.store.listDrafts()).length;
        const again = invokeCard((await h.t.click(ask.verb, ask.data, CHANNEL)).invoke);
        assert.match(cardText(again), /Nothing was created/);
        assert.match(cardText(again), /Tailspin Toys already synchronizes to Tailspin Toys/);
        assert.equal((await h.approvals.store.listDrafts()).length, drafts, 'no second request is drafted');
        assert.equal(
          (await h.world.gateway.listConfigurations()).filter((c) => c.target?.tenantId === tailspinId).length,
          1,
        );
      },
    );

    it(
      'reports Woodgrove with the exact missing setting on the target side, checked directly and again by test ' +
        'connection',
      async () => {
        h = await startSetupHarness({ withAccessTo: ['Woodgrove Bank'], others: TWO_APPROVERS });
        const plan = cardOf((await h.t.say('set up sync to woodgrovebank.com', CHANNEL))[0]);
        assert.match(
          cardText(plan),
          new RegExp(
            String.raw`Cross-tenant sync: allow users sync into this tenant\n❌ missing - Not allowed: the target` +
              String.raw` has no identitySynchronization policy`,
          ),
        );
        assert.match(
          cardText(plan),
          /Ask the admin of Woodgrove Bank to set: Cross-tenant sync: allow users sync into this tenant\./,
        );
        const [ask] = buttonsOf(plan);
        const preview = invokeCard((await h.t.click(ask.verb, ask.data, CHANNEL)).invoke);
        assert.match(
          cardText(preview),
          /The target's admin still has to set: Cross-tenant sync: allow users sync into this tenant/,
        );
        const done = await approveInChannel(h, preview, [ALEX, LEE]);
        assert.match(cardText(done), /applied: "Woodgrove Bank" was created, but test connection failed/);
        assert.match(
          cardText(done),
          /AzureDirectoryB2BManagementPolicyCheckFailure[\s\S]*Allow users sync into this tenant/,
        );
      },
    );

    it('without access to the target it says plainly that it cannot check', async () => {
      h = await startSetupHarness();
      const text = cardText(cardOf((await h.t.say('set up sync to woodgrovebank.com'))[0]));
      assert.match(text, /❔ cannot check - I have no access to Woodgrove Bank/);
      assert.match(text, /the bot has no access to that tenant/);
    });

    it('Fabrikam already has a configuration: no confirm button, and a forged click creates nothing', async () => {
      h = await startSetupHarness({ withAccessTo: ['Fabrikam'] });
      const plan = cardOf((await h.t.say('set up sync to fabrikam.com'))[0]);
      assert.match(cardText(plan), /Contoso A already synchronizes to this target/);
      assert.equal(buttonsOf(plan).length, 0);
      const before = (await h.world.gateway.listConfigurations()).length;
      const forged = invokeCard(
        (
          await h.t.click(SetupVerb.run, {
            target: tenantOf(h.world.sim, 'Fabrikam').tenantId,
            issuedAt: new Date().toISOString(),
          })
        ).invoke,
      );
      assert.match(cardText(forged), /Nothing was created/);
      assert.match(cardText(forged), /Contoso A already synchronizes to Fabrikam/);
      assert.equal((await h.world.gateway.listConfigurations()).length, before);
      assert.deepEqual(await h.approvals.store.listDrafts(), [], 'no request is drafted either');
    });

    it('settings: shows them; a threshold change is confirmed, applied, and keeps every other secret', async () => {
      h = await startSetupHarness({ others: TWO_APPROVERS });
      const settings = cardText(cardOf((await h.t.say('settings Contoso A'))[0]));
      for (const expected of [
        'Sync only assigned users and groups',
        'On, threshold 500',
        'Failure notifications\nOff',
        'userType\n"Member", applied only during creation',
        'showInAddressList\n"True", applied always',
        'displayName\n[displayName]',
      ]) {
        assert.ok(settings.includes(expected), `settings miss ${expected}`);
      }
      const a = (await h.world.gateway.listConfigurations()).find((c) => c.displayName === 'Contoso A')!;
      const before = (await h.world.gateway.getSettings(a.servicePrincipalId)).raw;
      const confirm = cardOf((await h.t.say('set deletion threshold on Contoso A to 50'))[0]);
      assert.match(cardText(confirm), /On, threshold 500 → On, threshold 50/);
      assert.equal(
        (await h.world.gateway.getSettings(a.servicePrincipalId)).deleteThresholdValue,
        500,
        'nothing changes before confirmation',
      );
      const [button] = buttonsOf(confirm);
      const done = invokeCard((await h.t.click(button.verb, button.data)).invoke);
      assert.match(cardText(done), /Done: prevent accidental deletions above 50/);
      const after = (await h.world.gateway.getSettings(a.servicePrincipalId)).raw;
      assert.deepEqual(
        after.filter((s) => s.key !== 'SyncNotificationSettings'),
        before.filter((s) => s.key !== 'SyncNotificationSettings'),
      );
      const notif = (raw: typeof after) =>
        JSON.parse(raw.find((s) => s.key === 'SyncNotificationSettings')!.value) as Record<string, unknown>;
      assert.deepEqual({ ...notif(after), DeleteThresholdValue: 500 }, notif(before));

      // Redirecting failure e-mail and turning notifications off are approved by one other approver.
      const email = cardOf(
        (await h.t.say('set notification email on Contoso A to sync-alerts@contoso.com', CHANNEL))[0],
      );
      assert.match(cardText(email), /Review this change before submitting it/);
      assert.match(cardText(await approveInChannel(h, email, [ALEX])), /Approved by Alex Wilber at .* - applied/);
      assert.equal(
        (await h.world.gateway.getSettings(a.servicePrincipalId)).notificationEmail,
        'sync-alerts@contoso.com',
      );
      // Turning them on is safe and confirmed directly; turning them off again needs the approver.
      const [on] = buttonsOf(cardOf((await h.t.say('turn on notifications for Contoso A'))[0]));
      assert.equal(on.verb, SetupVerb.changeSetting);
      await h.t.click(on.verb, on.data);
      assert.equal((await h.world.gateway.getSettings(a.servicePrincipalId)).notificationsEnabled, true);
      const off = cardOf((await h.t.say('turn off notifications for Contoso A', CHANNEL))[0]);
      assert.match(cardText(await approveInChannel(h, off, [ALEX])), /Approved by Alex Wilber at .* - applied/);
      const final = await h.world.gateway.getSettings(a.servicePrincipalId);
      assert.equal(final.notificationEmail, 'sync-alerts@contoso.com');
      assert.equal(final.notificationsEnabled, false);
      assert.equal(final.deleteThresholdValue, 50, 'earlier changes survive later ones');
    });

    it(
      'changes that alter who or what is synchronized need approval: display name suffix and removal show ' +
        'before/after and change nothing yet',
      async () => {
        h = await startSetupHarness();
        const suffix = cardText(cardOf((await h.t.say('set display name suffix on Contoso A to Contoso'))[0]));
        assert.match(suffix, /displayName: before \[displayName\], after Append\(\[displayName\], " \(Contoso\)"\)/);
        const removal = cardText(cardOf((await h.t.say('remove Contoso B'))[0]));
        assert.match(removal, /Users already synchronized stay in Northwind Traders as they are/);
        const names = (await h.world.gateway.listConfigurations()).map((c) => c.displayName);
        assert.ok(names.includes('Contoso B'), 'nothing is removed before approval');
        const a = (await h.world.gateway.listConfigurations()).find((c) => c.displayName === 'Contoso A')!;
        assert.equal(
          (await h.world.gateway.getMappings(a.servicePrincipalId, a.job!.id))?.attributeMappings.find(
            (m) => m.targetAttributeName === 'displayName',
          )?.sourceType,
          'Attribute',
        );
      },
    );
  },
);

const APPROVALS_CHANNEL = 'Contoso IT - Identity Ops';

describe('@e2e guided setup in the Agents Playground (local mode)', function () {
  this.timeout(400_000);
  let local: import('../support/localMode').RunningLocalMode;
  let browser: import('playwright-core').Browser;
  let dataDir: string;

  // Teams gives up on late answers; the Playground does not, so each test checks the times local mode logged.
  afterEach(() => local?.checkAnswerTimes());
  after(async () => {
    await browser?.close();
    await local?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** The one request in the bot's database (its id and where its card was posted). */
  async function storedRequest(): Promise<ApprovalRequest> {
    const storage = SqliteStorage.open(path.join(dataDir, 'bot.sqlite'), captureLogs('silent').logger);
    try {
      const [request] = await new ApprovalStore(storage).list();
      return request;
    } finally {
      await storage.close();
    }
  }

  function playgroundUser(name: string): { id: string } {
    const config = YAML.parse(
      fs.readFileSync(path.join(dataDir, 'playground', '.m365agentsplayground.yml'), 'utf8'),
    ) as { currentUser: { id: string; name: string }; users: Array<{ id: string; name: string }> };
    const found = [config.currentUser, ...config.users].find((p) => p.name === name);
    if (!found) throw new Error(`${name} is not in the Playground`);
    return found;
  }

  it('"set up sync to tailspintoys.com", ask for approval, two approvers approve, and the setup passes', async () => {
    const { chromiumAvailable, launchChromium } = await import('../support/browser');
    const { startLocalModeProcess } = await import('../support/localMode');
    const { PlaygroundPage } = await import('../support/playgroundPage');
    if (!chromiumAvailable()) throw new Error('Chromium is missing: apt-get install -y chromium');
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cts-e2e-setup-'));
    // Graph's own latency: instantiate's 15 s replication delay, test connection 2-10 s, six writes.
    local = await startLocalModeProcess({ dataDir, env: { SIMULATOR_LATENCY: 'realistic' } });
    browser = await launchChromium();
    const playground = new PlaygroundPage(await browser.newPage());
    await playground.open(local.playgroundUrl);
    // Alex Wilber (Hybrid Identity Administrator) types by default: he chooses the approvals channel, then asks in
    // his chat.
    await playground.openConversation(APPROVALS_CHANNEL);
    await playground.say('use this channel for approvals', { channel: true });
    await playground.see(/Approval requests will be posted in/, 60_000);
    await playground.openConversation('Personal Chat');
    await playground.say('set up sync to tailspintoys.com');
    await playground.see('Set up sync to Tailspin Toys', 60_000);
    await playground.see(/Read by the bot/);
    await playground.page.getByRole('button', { name: 'Ask for approval to create what is missing' }).last().click();
    await playground.see(/Partner policy for Tailspin Toys before: no partner entry/, 60_000);
    await playground.see(/Partner policy for Tailspin Toys after: outbound automatic redemption yes/);
    await playground.page.getByRole('button', { name: 'Submit for approval' }).last().click();
    await playground.see('Submitted for approval', 60_000);
    await playground.openConversation(APPROVALS_CHANNEL);
    await playground.see('Approval request: Set up sync to Tailspin Toys', 60_000);
    await playground.see(/Two different people with the approver role/);

    // Megan Bowen (Global Administrator), then Isaiah Langer (Hybrid Identity Administrator) click Approve: the
    // Playground's invoke API acting as each of them on the posted card.
    const request = await storedRequest();
    assert.equal(request.requiredApprovals, 2);
    const conversationId = (request.approvalAddress as { conversation: { id: string } }).conversation.id;
    const approveAs = async (name: string) => {
      const response = await fetch(`${local.playgroundUrl}/_conversation/v1/invoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'adaptiveCard/action',
          from: { id: playgroundUser(name).id },
          // A new channel post is its own thread: the Playground files the card under "<channel>;messageid=<id>".
          conversation: { id: `${conversationId};messageid=${request.cardActivityId}` },
          replyToId: request.cardActivityId,
          value: {
            action: { type: 'Action.Execute', verb: Verb.approvalApprove, data: { requestId: request.id } },
            trigger: 'manual',
          },
        }),
      });
      return JSON.stringify(await response.json());
    };
    assert.match(await approveAs('Megan Bowen'), /Approved by Megan Bowen; waiting for 1 more approver/);
    // Setup runs longer than a click waits for its result: the click is answered at once with the card in its
    // working state (or the result, when it was quick), and the result replaces it on the card.
    const answer = await approveAs('Isaiah Langer');
    assert.match(
      answer,
      /Test connection passed\. \\"Tailspin Toys\\" is ready and not started|Working on it/,
      answer.slice(0, 600),
    );
    await playground.see(/Test connection passed\. "Tailspin Toys" is ready and not started/, 180_000);
    await playground.see(/Created, not started/);
  });
});
