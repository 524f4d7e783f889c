#!/usr/bin/env node
import path from 'node:path';
import { parseFlags, USAGE, type Flags } from './cliFlags';
import { ensureCertificates, startSimulator } from './index';
import { describeLatency } from './latency/describe';

/** The `tenant-simulator` command (`npm run simulator` in the repository): the simulator on its own. */
async function main(): Promise<void> {
  let flags: Flags | 'help';
  try {
    flags = parseFlags(process.argv.slice(2));
  } catch (err) {
    console.error(`tenant-simulator: ${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (flags === 'help') {
    console.log(USAGE);
    return;
  }
  if (flags.initOnly) {
    const { files } = ensureCertificates(path.resolve(flags.dataDir));
    console.log(`simulator certificate authority: ${files.caFile}`);
    return;
  }
  const sim = await startSimulator({
    dataDir: flags.dataDir,
    port: flags.port,
    users: flags.users,
    cycleSeconds: flags.cycleSeconds,
    latency: flags.latency,
    latencySeed: flags.latencySeed,
  });
  const c = sim.connection;
  console.log(`Tenant simulator listening on ${c.authorityHost}`);
  console.log(`  Graph:      ${c.graphBaseUrl}`);
  console.log(`  Authority:  ${c.authorityHost}/{tenantId}`);
  console.log(`  CA:         ${c.caFile}  (start clients with NODE_EXTRA_CA_CERTS=${c.caFile})`);
  console.log(`  Connection: ${path.resolve(flags.dataDir, 'simulator.json')}`);
  console.log(
    flags.cycleSeconds
      ? `  Sync cycles run every ${flags.cycleSeconds} s (faster than the real service's 40 minutes).`
      : "  Sync cycles run on the jobs' schedule (every 40 minutes), as in Entra.",
  );
  console.log(`  Latency:    ${describeLatency(flags.latency)} (--latency off|short|realistic)`);
  for (const t of c.tenants) console.log(`  ${t.role.padEnd(6)} ${t.name.padEnd(18)} ${t.tenantId}  ${t.domain}`);
  const shutdown = (): void => {
    sim.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
