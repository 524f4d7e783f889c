import path from 'node:path';
import { ensureCertificates, startSimulator } from './index';

/** `npm run simulator`: the tenant simulator on its own. Flags only (no environment variables). */
const USAGE = `usage: simulator [--port N] [--data-dir DIR] [--users N] [--cycle-seconds N] [--init-only]
  --port           port on 127.0.0.1 (default 0 = any free port)
  --data-dir       where the CA, keys and simulator.json live (default data/simulator)
  --users          total users in the source tenant (default: the named Contoso people)
  --cycle-seconds  run sync cycles every N seconds instead of every 40 minutes
  --init-only      make the certificate authority and keys, then exit`;

interface Flags {
  port: number;
  dataDir: string;
  users?: number;
  cycleSeconds?: number;
  initOnly: boolean;
}

function parseFlags(argv: string[]): Flags {
  const flags: Flags = { port: 0, dataDir: path.join('data', 'simulator'), initOnly: false };
  const num = (name: string, v: string | undefined, min: number): number => {
    const n = Number(v);
    if (v === undefined || !Number.isInteger(n) || n < min)
      throw new Error(`${name} needs a whole number of at least ${min}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (name === '--port') flags.port = num(name, value(), 0);
    else if (name === '--data-dir') flags.dataDir = value() ?? flags.dataDir;
    else if (name === '--users') flags.users = num(name, value(), 1);
    else if (name === '--cycle-seconds') flags.cycleSeconds = num(name, value(), 1);
    else if (name === '--init-only') flags.initOnly = true;
    else if (name === '--help' || name === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown flag ${a}`);
  }
  return flags;
}

async function main(): Promise<void> {
  let flags: Flags;
  try {
    flags = parseFlags(process.argv.slice(2));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
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
