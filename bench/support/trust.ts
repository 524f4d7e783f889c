import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureCertificates } from '@cts-bot/tenant-simulator';
import { SIMULATOR_DATA_DIR } from './paths';

/**
 * Benchmarks that call the simulator through the real Graph gateway (msal, the Graph client) need its CA
 * trusted, which Node reads only at start-up (NODE_EXTRA_CA_CERTS): without it, the script runs itself
 * again with it and exits with the copy's code. Returns true in the process that should do the work.
 */
export function trustSimulatorOrRespawn(): boolean {
  const { files } = ensureCertificates(SIMULATOR_DATA_DIR);
  if (process.env.NODE_EXTRA_CA_CERTS && path.resolve(process.env.NODE_EXTRA_CA_CERTS) === path.resolve(files.caFile))
    return true;
  const copy = spawnSync(process.execPath, process.argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: files.caFile },
  });
  process.exit(copy.status ?? 1);
}
