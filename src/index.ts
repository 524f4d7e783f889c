import './local/exitWithParent';
import { commandLineOrExit, HELP } from './commandLine';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logging';

const USAGE = `
npm start [-- --help]            (the built bot: node lib/src/index.js)
Starts the Cross-Tenant Sync bot. It takes no arguments: every setting is an environment variable
(README, "Configuration"; .env.sample lists them).
  Without Graph settings (GRAPH_CLIENT_ID, or GRAPH_USE_MANAGED_IDENTITY=true): local mode, the tenant
    simulator, the bot and the Agents Playground on 127.0.0.1, nothing to sign up for.
  With them: the bot alone, against Microsoft Graph, on HOST:PORT (/api/messages, /healthz, /readyz).
  --help, -h   this text`;

/**
 * Composition root: the configuration decides between local mode and the bot against Graph. Each is
 * loaded only when it runs, so local mode's own process does not hold the bot's libraries, nor the bot
 * the simulator.
 */
async function main(): Promise<void> {
  commandLineOrExit(USAGE, { options: HELP });
  const config = loadConfig();
  const logger = createLogger(config.log);
  if (config.mode === 'local' || !config.graph) return (await import('./local/run')).runLocalMode(config, logger);
  return (await import('./runBot')).runBot({ ...config, graph: config.graph }, logger);
}

main().catch((error: unknown) => {
  const said = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${error instanceof ConfigError || isStartRefusal(error) ? (error as Error).message : said}\n`);
  process.exit(1);
});

/** A refusal whose message is the whole story for the user (a port in use): no stack. */
function isStartRefusal(error: unknown): boolean {
  return error instanceof Error && error.name === 'PortInUseError';
}
