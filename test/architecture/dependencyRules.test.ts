import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The checkout: the folder above the compiled test that holds the dependency-cruiser rules. */
function repositoryRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.dependency-cruiser.cjs'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no .dependency-cruiser.cjs above ${from}`);
  }
}

interface Violation {
  rule: string;
  from: string;
  to: string;
}

/**
 * Writes `files` into a fresh folder and runs `npm run deps`'s check over it with the repository's rules:
 * its exit status and the violations it prints ("error <rule>: <from> → <to>").
 */
function cruise(files: Record<string, string>): { status: number | null; output: string; violations: Violation[] } {
  const root = repositoryRoot();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dependency-rules-'));
  try {
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs' } }));
    // The real packages, so an import of botbuilder resolves as it does in the repository.
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    const cli = path.join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
    const config = path.join(root, '.dependency-cruiser.cjs');
    const run = spawnSync(process.execPath, [cli, 'src', '--config', config], { cwd: dir, encoding: 'utf8' });
    const violations = [...run.stdout.matchAll(/error (\S+): (\S+) → (\S+)/g)].map(([, rule, from, to]) => ({
      rule,
      from,
      to,
    }));
    return { status: run.status, output: run.stdout + run.stderr, violations };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const named = (violations: Violation[], rule: string) => violations.filter((v) => v.rule === rule);

describe('architecture: dependency rules', function () {
  this.timeout(60_000);

  it('fails on a domain file that imports the Graph gateway, naming domain-imports-nothing', () => {
    const { status, output, violations } = cruise({
      'src/domain/user.ts': "import { gateway } from '../graph/gateway';\nexport type User = typeof gateway;\n",
      'src/graph/gateway.ts': 'export const gateway = {};\n',
    });
    assert.notEqual(status, 0, output);
    assert.deepEqual(
      named(violations, 'domain-imports-nothing').map((v) => [v.from, v.to]),
      [['src/domain/user.ts', 'src/graph/gateway.ts']],
    );
  });

  it('names each layer rule a planted import breaks, and passes the imports that point down', () => {
    const { violations } = cruise({
      'src/domain/user.ts': 'export interface User { id: string }\n',
      'src/graph/gateway.ts': "import type { User } from '../domain/user';\nexport const users: User[] = [];\n",
      'src/sync/service.ts': "import { users } from '../graph/gateway';\nexport const count = () => users.length;\n",
      'src/sync/chatty.ts': "import type { TurnContext } from 'botbuilder';\nexport type Turn = TurnContext;\n",
      'src/cards/fetching.ts': "import { users } from '../graph/gateway';\nexport const card = () => users;\n",
      'src/bot/features/jobs/index.ts': "import { help } from '../help/index';\nexport const jobs = help;\n",
      'src/bot/features/help/index.ts': "import { count } from '../../../sync/service';\nexport const help = count;\n",
      'src/bot/simulated.ts':
        "import { startSimulator } from '@cts-bot/tenant-simulator';\nexport const s = startSimulator;\n",
    });
    const broken = [...new Set(violations.map((v) => v.rule))].sort();
    assert.deepEqual(broken, [
      'cards-fetch-nothing',
      'no-feature-to-feature',
      'services-know-no-teams-types',
      'simulator-only-from-local-mode',
    ]);
    assert.deepEqual(
      named(violations, 'no-feature-to-feature').map((v) => v.from),
      ['src/bot/features/jobs/index.ts'],
    );
  });
});
