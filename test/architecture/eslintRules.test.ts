import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';

/** The checkout: the folder above the compiled test that holds the ESLint configuration. */
function repositoryRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'eslint.config.mjs'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no eslint.config.mjs above ${from}`);
  }
}

/** Lints `text` as if it were the file at `file` (relative to the checkout); nothing is written. */
async function rulesBrokenBy(file: string, text: string): Promise<string[]> {
  const root = repositoryRoot();
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(text, { filePath: path.join(root, file) });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('architecture: ESLint rules', function () {
  this.timeout(60_000);

  it('refuses process.env outside the configuration, naming no-restricted-properties', async () => {
    const text = "export const port = Number(process.env.PORT ?? '3978');\n";
    assert.deepEqual(await rulesBrokenBy('src/server/listen.ts', text), ['no-restricted-properties']);
    assert.deepEqual(await rulesBrokenBy('src/config.ts', text), []);
    assert.deepEqual(await rulesBrokenBy('test/support/listen.ts', text), []);
  });

  it('refuses a Graph URL outside the gateway, naming no-restricted-syntax', async () => {
    const text = "export const base = 'https://graph.microsoft.com/v1.0';\n";
    assert.deepEqual(await rulesBrokenBy('src/sync/base.ts', text), ['no-restricted-syntax']);
    assert.deepEqual(
      await rulesBrokenBy(
        'src/sync/login.ts',
        'export const at = (t: string) => `https://login.microsoftonline.com/${t}`;\n',
      ),
      ['no-restricted-syntax'],
    );
    assert.deepEqual(await rulesBrokenBy('src/graph/base.ts', text), []);
  });

  it('refuses lines over 120 characters, comments included, and file names that are not camelCase', async () => {
    const comment = `// ${'word '.repeat(30)}\nexport const x = 1;\n`;
    assert.deepEqual(await rulesBrokenBy('src/sync/longComment.ts', comment), ['max-len']);
    assert.deepEqual(await rulesBrokenBy('src/sync/job-status.ts', 'export const x = 1;\n'), [
      'check-file/filename-naming-convention',
    ]);
    assert.deepEqual(await rulesBrokenBy('test/sync/jobStatus.test.ts', 'export const x = 1;\n'), []);
  });
});
