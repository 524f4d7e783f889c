import { ConfigError, loadConfig } from './config';
import { createLogger } from './logging';

/**
 * Composition root: the configuration decides between local mode and the bot against Graph. Each is
 * loaded only when it runs, so local mode's own process does not hold the bot's libraries, nor the bot
 * the simulator.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.log);
  if (config.mode === 'local' || !config.graph) return (await import('./local/run')).runLocalMode(config, logger);
  return (await import('./runBot')).runBot({ ...config, graph: config.graph }, logger);
}

main().catch((error: unknown) => {
  const said = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${error instanceof ConfigError ? error.message : said}\n`);
  process.exit(1);
});
