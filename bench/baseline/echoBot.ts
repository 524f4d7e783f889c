import type { AddressInfo } from 'node:net';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Request as BotRequest,
  type Response as BotResponse,
} from 'botbuilder';
import restify from 'restify';

/**
 * The baseline: the bare botbuilder echo bot (CloudAdapter + restify, no JWT check as in local mode,
 * no state, no middleware), the best a bot can do on this machine. It listens on 127.0.0.1 (PORT, default
 * any free port), says where, and stops on SIGTERM; the benchmark guard stops it if the benchmark goes away.
 */
async function main(): Promise<void> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = restify.createServer({ name: 'echo-bot' });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req as unknown as BotRequest, res as unknown as BotResponse, async (context) => {
      if (context.activity.type === 'message') await context.sendActivity(`Echo: ${context.activity.text}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`echo bot listening: http://127.0.0.1:${port}/api/messages\n`);
  const stop = (): void => {
    server.close(() => process.exit(0));
    server.server.closeAllConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
