import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { Verb } from '../../../src/cards/verbs';
import { buttonsOf, cardText } from '../../support/adaptiveCard';
import type { ReceivedActivity } from '../../support/connector';
import { BotInstance, OPS_CHANNEL, Person, ScaleWorld } from '../../support/scaleHarness';
import { assignedCount, startAlertWorld } from '../../scale/approvalFlow';

const POLL_SECONDS = 2;
const PARTNERS = '/policies/crossTenantAccessPolicy/partners';

const cardIn = (activity: Partial<Activity> | undefined): unknown => activity?.attachments?.[0]?.content;
const textOf = (r: ReceivedActivity): string => r.activity.text ?? cardText(cardIn(r.activity));
const channelPost = (pattern: RegExp) => (r: ReceivedActivity) =>
  r.method === 'POST' &&
  r.conversationId === OPS_CHANNEL.id &&
  cardIn(r.activity) !== undefined &&
  pattern.test(textOf(r));

/**
 * Change watch through the real bot process: a channel subscribed over /api/messages, changes made "as an admin in
 * the portal" on the simulator, the cards the local Bot Connector receives and the buttons clicked as Teams sends them.
 */
describe('change watch through the bot process', function () {
  this.timeout(120_000);
  let world: ScaleWorld;
  let bot: BotInstance;
  let megan: Person; // Global Administrator: an operator, undoes
  let alex: Person; // approves

  before(async function () {
    this.timeout(90_000);
    world = await startAlertWorld(POLL_SECONDS);
    const targets = world.simulator.connection.tenants
      .filter((t) => t.role === 'target')
      .map((t) => ({ tenantId: t.tenantId, clientId: t.clientId, clientSecret: t.clientSecret }));
    bot = await world.start('bot', { TARGET_TENANT_CREDENTIALS: JSON.stringify(targets) });
    [megan, alex] = await Promise.all(['MeganB@contoso.com', 'AlexW@contoso.com'].map((u) => world.person(u)));
    assert.equal(await world.say(bot, alex, 'subscribe to alerts here', OPS_CHANNEL), 200);
    await world.connector.waitFor((r) => r.conversationId === OPS_CHANNEL.id && /Subscribed/.test(textOf(r)));
    // The first poll starts the audit logs at now: changes before it are history, not news.
    await bot.waitForLog((e) => e.msg === 'alert poll');
  });

  afterEach(function () {
    if (this.currentTest?.state !== 'failed') return;
    const lines = bot?.logs.filter((l) => l.level >= 30 && l.msg !== 'request').slice(-30) ?? [];
    process.stderr.write(`${lines.map((l) => JSON.stringify(l).slice(0, 400)).join('\n')}\n`);
  });

  after(async function () {
    this.timeout(60_000);
    await world?.stop();
  });

  async function cycle(configuration: string): Promise<void> {
    const reply = await world.simulator.control('POST', `/configurations/${encodeURIComponent(configuration)}/cycle`);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
  }

  it('warns in a poll plus 5 s when a target admin turns off inbound redemption; the failure cites it', async () => {
    const contosoId = world.tenantId;
    const changedAt = Date.now();
    const changed = await world.simulator.portal(
      'northwind',
      'NancyD@northwindtraders.com',
      'PATCH',
      `${PARTNERS}/${contosoId}`,
      { automaticUserConsentSettings: { inboundAllowed: false, outboundAllowed: null } },
    );
    assert.equal(changed.status, 204, JSON.stringify(changed.body));

    const warning = await world.connector.waitFor(channelPost(/Nancy Davolio/));
    const seconds = (Date.now() - changedAt) / 1000;
    assert.ok(seconds <= POLL_SECONDS + 5, `the warning came ${seconds.toFixed(1)} s after the change`);
    const text = cardText(cardIn(warning.activity));
    assert.match(text, /Contoso B will fail at its next cycle/);
    assert.match(text, /Nancy Davolio turned off inbound automatic redemption/);
    const verbs = buttonsOf(cardIn(warning.activity)).map((b) => b.verb);
    assert.ok(verbs.includes(Verb.changeExplain) && verbs.includes(Verb.changeAcknowledge), verbs.join(', '));

    await cycle('Contoso B');
    const alert = await world.connector.waitFor(channelPost(/· Contoso B$/m));
    assert.match(textOf(alert), /As warned at .* \(the change card above\): Nancy Davolio/);
    // The warning card is updated in place (it failed as warned); no second change card is posted.
    await world.connector.waitFor(
      (r) => r.method === 'PUT' && r.activityId === warning.id && /Failed as warned/.test(textOf(r)),
    );
    assert.equal(world.connector.received.filter(channelPost(/Nancy Davolio turned off/)).length, 1);
    await bot.waitForLog((e) => e.msg === 'change watch: the warned failure happened');
    assert.equal(bot.logs.filter((e) => e.msg === 'change card posted').length, 1);
    assert.deepEqual(
      bot.logs.filter((e) => e.level >= 40 && /change/.test(e.msg)).map((e) => e.msg),
      [],
      'both tenants read, every card delivered',
    );
  });

  it('a group removed in the portal: who and how many users; Undo, approved by another, assigns it again', async () => {
    const configA = (await world.gateway.listConfigurations()).find((c) => c.displayName === 'Contoso A')!;
    const sales = (await world.gateway.findGroups('Sales')).find((g) => g.displayName === 'Sales')!;
    // The bot's own app assigns Sales (not an outside change: no card), and a cycle provisions its members.
    await world.gateway.addAssignment(configA.servicePrincipalId, {
      principalId: sales.id,
      appRoleId: configA.appRoleId!,
    });
    await cycle('Contoso A');

    const listed = await world.simulator.portal(
      'contoso',
      'MeganB@contoso.com',
      'GET',
      `/servicePrincipals/${configA.servicePrincipalId}/appRoleAssignedTo`,
    );
    const assignment = (listed.body as { value: Array<{ id: string; principalId: string }> }).value.find(
      (a) => a.principalId === sales.id,
    )!;
    const removed = await world.simulator.portal(
      'contoso',
      'MeganB@contoso.com',
      'DELETE',
      `/servicePrincipals/${configA.servicePrincipalId}/appRoleAssignedTo/${assignment.id}`,
    );
    assert.equal(removed.status, 204, JSON.stringify(removed.body));

    const posted = await world.connector.waitFor(channelPost(/Removing Sales from Contoso A/));
    const text = cardText(cardIn(posted.activity));
    assert.match(text, /Megan Bowen/);
    assert.match(text, /Removing Sales from Contoso A soft-deletes 4 users in .* at the next cycle/);
    const undo = buttonsOf(cardIn(posted.activity)).find((b) => b.verb === Verb.changeUndo);
    assert.ok(undo, 'the card offers Undo');

    // Undo, as Teams sends it: a preview of the change request, then Submit, then an approval card.
    const from = world.connector.received.length;
    const fresh = (r: ReceivedActivity) => world.connector.received.indexOf(r) >= from;
    const undone = await world.click(bot, megan, undo.verb, undo.data, posted.id, OPS_CHANNEL);
    assert.equal(undone.status, 200);
    assert.match(cardText(undone.value), /Undo drafted by Megan Bowen/);
    await bot.waitForLog((e) => e.msg === 'change undo drafted' && e.by === megan.id);
    const preview = await world.connector.waitFor((r) => fresh(r) && /Review this change/.test(textOf(r)));
    assert.match(textOf(preview), /Sales/);
    assert.equal(await assignedCount(world, 'Contoso A', 'Sales'), 0, 'nothing changes before approval');
    const submit = buttonsOf(cardIn(preview.activity)).find((b) => b.verb === Verb.approvalSubmit)!;
    const submitted = await world.click(bot, megan, submit.verb, submit.data, preview.id, OPS_CHANNEL);
    assert.match(cardText(submitted.value), /Submitted for approval/);
    const request = await world.connector.waitFor(channelPost(/Approval request/));
    assert.equal(await assignedCount(world, 'Contoso A', 'Sales'), 0, 'a request, nothing applied yet');

    const approve = buttonsOf(cardIn(request.activity)).find((b) => b.verb === Verb.approvalApprove)!;
    const mine = await world.click(bot, megan, approve.verb, approve.data, request.id, OPS_CHANNEL);
    assert.match(String(mine.value), /You can't approve your own request/);
    assert.doesNotMatch(String(mine.value), /Graph request id/, 'no Graph call was made: no Graph reference');
    const refusal = await bot.waitForLog((e) => e.code === 'SelfApproval');
    assert.equal(refusal.approvalRequestId, approve.data.requestId, 'the log names the approval request');
    const approved = await world.click(bot, alex, approve.verb, approve.data, request.id, OPS_CHANNEL);
    assert.match(cardText(approved.value), /Approved by Alex Wilber .* applied: Sales was assigned to Contoso A/);
    assert.equal(await assignedCount(world, 'Contoso A', 'Sales'), 1, 'the group is assigned again');

    const asked = world.connector.received.length;
    assert.equal(await world.say(bot, alex, 'history Contoso A', OPS_CHANNEL), 200);
    const history = await world.connector.waitFor(
      (r) => world.connector.received.indexOf(r) >= asked && /History of Contoso A/.test(textOf(r)),
    );
    const rows = textOf(history);
    const at = (pattern: RegExp) => rows.search(pattern);
    // Newest first: applied, approved, requested, the removal.
    assert.ok(at(/applied/) >= 0, rows);
    assert.ok(at(/approved[\s\S]*by Alex Wilber/) > at(/applied/), rows);
    assert.ok(at(/requested[\s\S]*by Megan Bowen/) > at(/approved/), rows);
    assert.ok(at(/assigned → not assigned \(outside the bot\)[\s\S]*by Megan Bowen/) > at(/requested/), rows);
    // Each row's detail says what that step was: the reason once, the result on the "applied" row only.
    assert.doesNotMatch(rows, /Undo of Megan Bowen's change Undo of/, rows);
    assert.equal(rows.match(/Sales was assigned to Contoso A/g)?.length, 1, rows);
  });
});
