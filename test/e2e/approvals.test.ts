import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import YAML from 'yaml';
import type { SimulatorConnection } from '@cts-bot/tenant-simulator';
import type { ApprovalRequest } from '../../src/approvals/model';
import { ApprovalStore } from '../../src/approvals/store';
import { Verb } from '../../src/cards/verbs';
import { createGraphGateway } from '../../src/graph/createGraphGateway';
import { SqliteStorage } from '../../src/storage/sqlite/sqliteStorage';
import { chromiumAvailable, launchChromium } from '../support/browser';
import { RunningLocalMode, startLocalModeProcess } from '../support/localMode';
import { captureLogs } from '../support/logs';
import { PlaygroundPage } from '../support/playgroundPage';
import { testSimulatorDataDir } from '../support/simulator';

const CHANNEL = 'Contoso IT - Identity Ops';

/** Local mode's simulator gets the test CA (already trusted by this process), so the test can read Graph itself. */
function dataDirWithTestCa(): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cts-e2e-approvals-'));
  const simulatorDir = path.join(dataDir, 'simulator');
  fs.mkdirSync(simulatorDir, { recursive: true });
  for (const file of ['ca.pem', 'ca-key.pem'])
    fs.copyFileSync(path.join(testSimulatorDataDir(), file), path.join(simulatorDir, file));
  return dataDir;
}

describe('approvals in the Agents Playground @e2e', function () {
  this.timeout(240_000);
  let local: RunningLocalMode;
  let browser: Browser;
  let playground: PlaygroundPage;
  let dataDir: string;

  before(async function () {
    if (!chromiumAvailable()) throw new Error('Chromium is missing: apt-get install -y chromium');
    dataDir = dataDirWithTestCa();
    // Graph's own latency (SIMULATOR_LATENCY=realistic): the approval applies its change while Teams waits for none.
    local = await startLocalModeProcess({ dataDir, env: { SIMULATOR_LATENCY: 'realistic' } });
    browser = await launchChromium();
    playground = new PlaygroundPage(await browser.newPage());
    await playground.open(local.playgroundUrl);
  });

  afterEach(function () {
    // On failure, what the bot said about the turns helps more than a timeout.
    if (this.currentTest?.state === 'failed')
      process.stderr.write(
        local.output
          .filter((l) => /"msg"/.test(l))
          .slice(-30)
          .join('\n') + '\n',
      );
  });

  // Teams gives up on late answers; the Playground does not, so each test checks the times local mode logged.
  afterEach(() => local?.checkAnswerTimes());

  after(async () => {
    await browser?.close();
    await local?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function storedRequest(): Promise<ApprovalRequest> {
    const storage = SqliteStorage.open(path.join(dataDir, 'bot.sqlite'), captureLogs('silent').logger);
    try {
      const [request] = await new ApprovalStore(storage).list();
      return request;
    } finally {
      await storage.close();
    }
  }

  function person(name: string): { id: string } {
    const config = YAML.parse(
      fs.readFileSync(path.join(dataDir, 'playground', '.m365agentsplayground.yml'), 'utf8'),
    ) as { currentUser: { id: string; name: string }; users: Array<{ id: string; name: string }> };
    const found = [config.currentUser, ...config.users].find((p) => p.name === name);
    if (!found) throw new Error(`${name} is not in the Playground`);
    return found;
  }

  it(
    'a requester asks in personal chat, another approver approves in the channel, the group is assigned and the ' +
      'requester is told',
    async () => {
      // Alex Wilber (Hybrid Identity Administrator) types by default: he chooses the approvals channel, then asks in
      // his chat.
      await playground.openConversation(CHANNEL);
      await playground.say('use this channel for approvals', { channel: true });
      await playground.see(/Approval requests will be posted in/, 60_000);

      await playground.openConversation('Personal Chat');
      await playground.say('add the Sales group to Contoso A because the sales pilot starts Monday');
      await playground.see('Review this change before submitting it', 60_000);
      await playground.see(/4 users enter scope/);
      await playground.page.getByRole('button', { name: 'Submit for approval' }).last().click();
      await playground.see('Submitted for approval');

      await playground.openConversation(CHANNEL);
      await playground.see('Approval request: Add group Sales to Contoso A');
      const request = await storedRequest();
      assert.equal(request.status, 'pending');
      assert.ok(request.cardActivityId, 'the posted card id is stored');

      // Megan Bowen (Global Administrator) clicks Approve: the Playground's invoke API acting as her.
      const megan = person('Megan Bowen');
      const conversationId = (request.approvalAddress as { conversation: { id: string } }).conversation.id;
      // A new channel post is its own thread: the Playground files the card under "<channel>;messageid=<card id>".
      const invoke = (conversation: string) =>
        fetch(`${local.playgroundUrl}/_conversation/v1/invoke`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            name: 'adaptiveCard/action',
            from: { id: megan.id },
            conversation: { id: conversation },
            replyToId: request.cardActivityId,
            value: {
              action: { type: 'Action.Execute', verb: Verb.approvalApprove, data: { requestId: request.id } },
              trigger: 'manual',
            },
          }),
        });
      const response = await invoke(`${conversationId};messageid=${request.cardActivityId}`);
      // The click is answered at once: with the applied card when Graph was quick, else the card in its working
      // state, and the result replaces it on the card.
      const answer = JSON.stringify(await response.json());
      assert.match(answer, /Approved by Megan Bowen .* applied|Working on it/, answer.slice(0, 500));

      // The posted card changed for everyone, Graph holds the assignment, and Alex was told in his chat.
      await playground.see(/Approved by Megan Bowen .* applied/, 90_000);
      const connection = JSON.parse(
        fs.readFileSync(path.join(dataDir, 'simulator', 'simulator.json'), 'utf8'),
      ) as SimulatorConnection;
      const source = connection.tenants.find((t) => t.role === 'source')!;
      const gateway = createGraphGateway({
        settings: {
          baseUrl: connection.graphBaseUrl,
          authorityHost: connection.authorityHost,
          timeoutMs: 10_000,
          credential: {
            kind: 'secret',
            tenantId: source.tenantId,
            clientId: source.clientId,
            clientSecret: source.clientSecret,
          },
        },
        logger: captureLogs('silent').logger,
      });
      const contosoA = (await gateway.listConfigurations()).find((c) => c.displayName === 'Contoso A')!;
      const sales = (await gateway.findGroups('Sales')).find((g) => g.displayName === 'Sales')!;
      assert.equal(
        (await gateway.listAssignments(contosoA.servicePrincipalId)).filter((a) => a.principalId === sales.id).length,
        1,
      );
      await playground.openConversation('Personal Chat');
      await playground.see(/Your request "Add group Sales to Contoso A": Approved by Megan Bowen/, 60_000);
    },
  );
});
