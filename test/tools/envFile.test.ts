import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadToolkitEnvironment, parseEnvFile } from '../../tools/envFile';

describe('tools/envFile', () => {
  it('parses dotenv lines: comments, export, quotes, empty values, inline comments', () => {
    const values = parseEnvFile(
      [
        '# a comment',
        'TEAMSFX_ENV=dev',
        'APP_NAME_SUFFIX=" (dev)"',
        "SINGLE='a # not a comment'",
        'export EXPORTED=yes',
        'EMPTY=',
        'TRAILING=value   # comment',
        'URL=https://example.com/a#fragment',
        'not a line',
      ].join('\r\n'),
    );
    assert.deepEqual(values, {
      TEAMSFX_ENV: 'dev',
      APP_NAME_SUFFIX: ' (dev)',
      SINGLE: 'a # not a comment',
      EXPORTED: 'yes',
      EMPTY: '',
      TRAILING: 'value',
      URL: 'https://example.com/a#fragment',
    });
  });

  it('lets the .user file (secrets) override the shared file', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'env-test-'));
    fs.mkdirSync(path.join(root, 'env'));
    fs.writeFileSync(path.join(root, 'env', '.env.dev'), 'A=shared\nB=shared\n');
    fs.writeFileSync(path.join(root, 'env', '.env.dev.user'), 'B=user\nSECRET_X=s\n');
    const { values, files } = loadToolkitEnvironment(root, 'dev');
    assert.deepEqual(values, { A: 'shared', B: 'user', SECRET_X: 's' });
    assert.equal(files.length, 2);
  });

  it('names the missing file, and refuses environment names that are paths', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'env-test-'));
    assert.throws(() => loadToolkitEnvironment(root, 'prod'), /no environment file env\/\.env\.prod/);
    assert.throws(() => loadToolkitEnvironment(root, '../x'), /may hold only/);
  });
});
