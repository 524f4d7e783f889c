import { ChildProcess, spawn } from 'node:child_process';

/** Azurite's fixed development account (public, documented in Azurite's README). */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const READY = /listens on http:\/\/127\.0\.0\.1:(\d+)/;
const START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;

export interface Azurite {
  port: number;
  pid: number;
  connectionString: string;
  stop(): Promise<void>;
}

export function azuriteConnectionString(port: number): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${ACCOUNT_KEY};BlobEndpoint=http://127.0.0.` +
    `1:${port}/${ACCOUNT};`
  );
}

/**
 * Starts Azurite's Blob service in memory on 127.0.0.1. Port 0 lets the OS pick a free port,
 * which Azurite prints once it listens, so there is no window for another process to take it.
 */
export async function startAzurite(): Promise<Azurite> {
  const main = require.resolve('azurite/dist/src/blob/main.js');
  const args = [
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    '0',
    '--inMemoryPersistence',
    '--disableTelemetry',
    '--skipApiVersionCheck',
    '--silent',
  ];
  const child = spawn(process.execPath, [main, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  // If the test process dies without its after() hook, do not leave Azurite behind.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.on('exit', killOnExit);
  try {
    const port = await waitForPort(child);
    return {
      port,
      pid: child.pid as number,
      connectionString: azuriteConnectionString(port),
      stop: async () => {
        await stopChild(child);
        process.off('exit', killOnExit);
      },
    };
  } catch (error) {
    await stopChild(child);
    process.off('exit', killOnExit);
    throw error;
  }
}

/** Starts Azurite before the enclosing mocha suite and stops it after; read `current()` inside tests. */
export function useAzurite(): { current(): Azurite } {
  let azurite: Azurite | undefined;
  before(async function () {
    this.timeout(START_TIMEOUT_MS + 5_000);
    azurite = await startAzurite();
  });
  after(async function () {
    this.timeout(STOP_GRACE_MS + 5_000);
    await azurite?.stop();
  });
  return {
    current: () => {
      if (!azurite) throw new Error('Azurite is not running (useAzurite() must be called inside a describe block)');
      return azurite;
    },
  };
}

function waitForPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`Azurite did not listen within ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) done(() => resolve(Number(match[1])));
    };
    const onExit = (code: number | null): void =>
      fail(new Error(`Azurite exited (code ${code}) before listening:\n${output}`));
    const fail = (error: Error): void => done(() => reject(error));
    const done = (settle: () => void): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      child.stdout?.resume(); // keep draining so Azurite never blocks on a full pipe
      settle();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', onExit);
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
