import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadToolkitEnvironment } from '../../tools/toolkitEnvironment';

describe('tools/toolkitEnvironment', () => {
  it('lets the .user file (secrets) override the shared file', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'env-test-'));
    fs.mkdirSync(path.join(root, 'env'));
    fs.writeFileSync(path.join(root, 'env', '.env.dev'), '# shared\nA=shared\nB=shared\nSUFFIX=" (dev)"\n');
    fs.writeFileSync(path.join(root, 'env', '.env.dev.user'), 'B=user\nSECRET_X=s\n');
    const { values, files } = loadToolkitEnvironment(root, 'dev');
    assert.deepEqual(values, { A: 'shared', B: 'user', SUFFIX: ' (dev)', SECRET_X: 's' });
    assert.equal(files.length, 2);
  });

  it('names the missing file, and refuses environment names that are paths', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'env-test-'));
    assert.throws(() => loadToolkitEnvironment(root, 'prod'), /no environment file env\/\.env\.prod/);
    assert.throws(() => loadToolkitEnvironment(root, '../x'), /may hold only/);
  });
});
