import assert from 'node:assert/strict';
import { parse as parseEnvFile } from 'dotenv';
import { placeholdersIn } from '../../tools/placeholders';
import { readProjectFile } from '../tools/projectRoot';
import { bicepParams } from './bicepText';

describe('infra/azure.parameters.json', () => {
  const text = readProjectFile('infra', 'azure.parameters.json');
  const file = JSON.parse(text);
  const params = bicepParams(readProjectFile('infra', 'azure.bicep'));

  it('is a deployment parameters file', () => {
    assert.match(file.$schema, /deploymentParameters\.json#$/);
    assert.equal(file.contentVersion, '1.0.0.0');
  });

  it('sets only parameters azure.bicep declares', () => {
    const undeclared = Object.keys(file.parameters).filter((name) => !params.has(name));
    assert.deepEqual(undeclared, []);
  });

  it('sets every parameter azure.bicep has no default for', () => {
    const unset = [...params.values()].filter((p) => !p.hasDefault && !(p.name in file.parameters)).map((p) => p.name);
    assert.deepEqual(unset, []);
  });

  it('passes secrets only to @secure() parameters, from SECRET_ variables (kept in env/.env.<env>.user)', () => {
    for (const [name, { value }] of Object.entries<{ value: unknown }>(file.parameters)) {
      const usesSecret = typeof value === 'string' && placeholdersIn(value).some((v) => v.startsWith('SECRET_'));
      assert.equal(params.get(name)!.decorators.includes('@secure()'), usesSecret, name);
    }
  });

  it('takes every other placeholder from env/.env.dev', () => {
    const dev = parseEnvFile(readProjectFile('env', '.env.dev'));
    const missing = placeholdersIn(text).filter((v) => !v.startsWith('SECRET_') && !(v in dev));
    assert.deepEqual(missing, []);
  });

  it('documents the SECRET_ variables the deployment guide asks for', () => {
    const guide = readProjectFile('docs', 'deploy.md');
    for (const secret of placeholdersIn(text).filter((v) => v.startsWith('SECRET_')))
      assert.ok(guide.includes(secret), secret);
  });
});
