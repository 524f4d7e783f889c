import type { AppConfig } from '../config';
import type { Logger } from '../logging';
import { localBanner } from './banner';
import { startLocalMode } from './start';

/** `npm start` without Graph credentials: start everything, say where to go, stop everything on Ctrl-C. */
export async function runLocalMode(config: AppConfig, logger: Logger): Promise<void> {
  const local = await startLocalMode(config, logger);
  process.stdout.write(`${localBanner(local).join('\n')}\n`);
  let stopping = false;
  const shutdown = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.debug({ reason }, 'stopping local mode');
    local.stop().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'local mode did not stop cleanly');
        process.exit(1);
      },
    );
  };
  // A bot that died leaves the Playground talking to nobody: say so plainly (its own last lines say why). The rest
  // keeps running, so a bot started again by hand on the same port is served by the same Playground.
  local.onChildExit((name, exitCode) => {
    logger.error({ exitCode }, `the ${name} stopped (exit code ${exitCode}); Ctrl-C and \`npm start\` start it again`);
  });
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // Output piped into a program that quit (`npm start | head`): stop everything rather than run on unseen.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') shutdown('stdout closed');
  });
}
