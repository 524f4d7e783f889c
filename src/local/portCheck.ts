import net from 'node:net';

/** A port local mode needs that something else already holds; its message is what the user reads. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

/** The ports local mode listens on, each with the setting that moves it. */
export interface NamedPort {
  port: number;
  what: string;
  setting: string;
}

/**
 * Refuses to start when a port is taken. Checked before anything starts: the bot's health check would
 * otherwise be answered by whatever holds its port, and local mode would run on with a dead bot.
 */
export async function requireFreePorts(ports: readonly NamedPort[]): Promise<void> {
  for (const named of ports) {
    if (named.port === 0) continue;
    if (await isFree(named.port)) continue;
    throw new PortInUseError(
      `Port ${named.port} on 127.0.0.1 (${named.what}) is already in use. Stop what holds it (another ` +
        `\`npm start\`?) or set ${named.setting} to a free port.`,
    );
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(false) : reject(error),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
