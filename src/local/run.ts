import type { AppConfig } from '../config';
import type { Logger } from '../logging';
import { startLocalMode } from './start';

/** `npm start` without Graph credentials: start everything, say where to go, stop everything on Ctrl-C. */
export async function runLocalMode(config: AppConfig, logger: Logger): Promise<void> {
  logger.info(
    'mode: local (no Graph credentials configured): tenant simulator, bot and Agents Playground on 127.0.0.1',
  );
  const local = await startLocalMode(config, logger);
  process.stdout.write(
    [
      '',
      `  Agents Playground: ${local.playgroundUrl}`,
      `  Bot:               ${local.botUrl}/api/messages`,
      `  Tenant simulator:  ${local.graphBaseUrl}`,
      '',
      '  try: list configurations',
      '',
      '  Ctrl-C stops all three.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping local mode');
    local.stop().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'local mode did not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}
