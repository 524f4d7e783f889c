import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { Verb } from '../../src/cards/verbs';
import { buttonsOf, cardText } from '../support/adaptiveCard';
import { BotInstance, OPS_CHANNEL, Person, ScaleWorld, startScaleWorld } from '../support/scaleHarness';

export const cardIn = (activity: Partial<Activity> | undefined): unknown => activity?.attachments?.[0]?.content;

/**
 * A SQLite world whose alert monitor polls every `pollSeconds`, with Contoso B healthy after one cycle (Northwind is
 * seeded with inbound automatic redemption off; the repair is not a Graph write).
 */
export async function startAlertWorld(pollSeconds: number): Promise<ScaleWorld> {
  const world = await startScaleWorld({
    backend: 'sqlite',
    env: { ALERT_POLL_SECONDS: String(pollSeconds), LOG_LEVEL: 'debug' },
  });
  await world.simulator.control('POST', '/tenants/northwind/repair', {
    what: 'inboundAutoRedemption',
    partner: 'contoso',
  });
  const cycled = await world.simulator.control('POST', `/configurations/${encodeURIComponent('Contoso B')}/cycle`);
  assert.equal(cycled.status, 200, JSON.stringify(cycled.body));
  return world;
}

/** "use this channel for approvals" in the Identity Ops channel, said to `on`. */
export async function chooseApprovalsChannel(world: ScaleWorld, on: BotInstance, who: Person): Promise<void> {
  const from = world.connector.received.length;
  assert.equal(await world.say(on, who, 'use this channel for approvals', OPS_CHANNEL), 200);
  await world.connector.waitFor(
    (r) =>
      world.connector.received.indexOf(r) >= from &&
      r.conversationId === OPS_CHANNEL.id &&
      /Approval requests will be posted in the channel Identity Ops/.test(r.activity.text ?? ''),
  );
}

/**
 * The requester asks in their personal chat (on `previewOn`) and submits (on `submitOn`); returns what the Approve
 * button carries and the posted card's id.
 */
export async function requestChange(
  world: ScaleWorld,
  requester: Person,
  text: string,
  previewOn: BotInstance,
  submitOn = previewOn,
): Promise<{ approveData: Record<string, unknown>; cardId: string }> {
  const from = world.connector.received.length;
  const fresh = (r: { activity: Partial<Activity> }) =>
    world.connector.received.findIndex((x) => x.activity === r.activity) >= from;
  assert.equal(await world.say(previewOn, requester, text), 200);
  const preview = await world.connector.waitFor(
    (r) =>
      fresh(r) && r.conversationId === `a:${requester.id}` && /Review this change/.test(cardText(cardIn(r.activity))),
  );
  const submit = buttonsOf(cardIn(preview.activity)).find((x) => x.verb === Verb.approvalSubmit)!;
  const submitted = await world.click(submitOn, requester, submit.verb, submit.data, preview.id);
  // A submit slower than the answer time is answered with the working card; the result then updates that card.
  const done = /Submitted for approval/.test(cardText(submitted.value))
    ? cardText(submitted.value)
    : cardText(
        cardIn(
          (
            await world.connector.waitFor(
              (r) =>
                fresh(r) &&
                r.method === 'PUT' &&
                r.activityId === preview.id &&
                /Submitted for approval/.test(cardText(cardIn(r.activity))),
            )
          ).activity,
        ),
      );
  assert.match(done, /Submitted for approval[\s\S]*the channel Identity Ops/);
  const posted = await world.connector.waitFor(
    (r) =>
      fresh(r) &&
      r.method === 'POST' &&
      r.conversationId === OPS_CHANNEL.id &&
      /Approval request/.test(cardText(cardIn(r.activity))),
  );
  const approve = buttonsOf(cardIn(posted.activity)).find((x) => x.verb === Verb.approvalApprove)!;
  return { approveData: approve.data, cardId: posted.id };
}

/** How many users or groups named `group` are assigned to the configuration named `configuration`. */
export async function assignedCount(world: ScaleWorld, configuration: string, group: string): Promise<number> {
  const config = (await world.gateway.listConfigurations()).find((c) => c.displayName === configuration)!;
  const principal = (await world.gateway.findGroups(group)).find((g) => g.displayName === group)!;
  return (await world.gateway.listAssignments(config.servicePrincipalId)).filter((x) => x.principalId === principal.id)
    .length;
}
