import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startAnswerTimer, type AnswerTimer } from '../../src/local/answerTimer';
import { captureLogs } from '../support/logs';

describe("local mode's answer timer between the Playground and the bot", () => {
  let bot: http.Server;
  let timer: AnswerTimer;
  const logs = captureLogs('debug');

  before(async () => {
    // A bot that answers an invoke with a body after 50 ms and a message at once.
    bot = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { type: string };
        if (activity.type !== 'invoke') return void res.writeHead(200).end();
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ status: 200, body: { echo: req.url } }));
        }, 50);
      });
    });
    await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
    timer = await startAnswerTimer(`http://127.0.0.1:${(bot.address() as AddressInfo).port}`, logs.logger);
  });
  after(async () => {
    await timer?.close();
    await new Promise((resolve) => bot?.close(resolve));
  });

  it("passes the bot's answer through and logs how long it took, per activity", async () => {
    const response = await fetch(`${timer.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: 'click-1',
        value: { action: { verb: 'provision.runAgain' } },
      }),
    });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 200, body: { echo: '/api/messages' } });
    const [entry] = logs.find('the bot answered the Playground', (e) => e.activityId === 'click-1');
    assert.ok(entry, JSON.stringify(logs.entries));
    assert.equal(entry.activityType, 'invoke');
    assert.equal(entry.verb, 'provision.runAgain');
    assert.ok((entry.answerMs as number) >= 40, `answerMs ${String(entry.answerMs)}`);
  });
});
