import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { buildAppPackage, PackageError } from '../../tools/appPackage';
import { parseArguments } from '../../tools/packageApp';
import { placeholdersIn } from '../../tools/placeholders';
import { projectRoot } from './projectRoot';
import { PROVISIONED } from './provisionedValues';

function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'package-app-'));
}

/** A project folder holding a copy of the real appPackage and one environment file. */
function projectWith(envText: string): string {
  const root = scratch();
  fs.cpSync(path.join(projectRoot(), 'appPackage'), path.join(root, 'appPackage'), {
    recursive: true,
    filter: (f) => !f.includes(`${path.sep}build`),
  });
  fs.mkdirSync(path.join(root, 'env'));
  fs.writeFileSync(path.join(root, 'env', '.env.test'), envText);
  return root;
}

describe('tools/packageApp', () => {
  it('builds appPackage.<env>.zip: exactly the manifest and both icons, every placeholder resolved', async () => {
    const outDir = scratch();
    const built = await buildAppPackage({ root: projectRoot(), env: 'dev', overrides: PROVISIONED, outDir });
    assert.equal(built.zipPath, path.join(outDir, 'appPackage.dev.zip'));

    const entries = unzipSync(fs.readFileSync(built.zipPath));
    assert.deepEqual(Object.keys(entries).sort(), ['color.png', 'manifest.json', 'outline.png']);
    const manifestText = strFromU8(entries['manifest.json']);
    assert.deepEqual(placeholdersIn(manifestText), []);
    assert.doesNotMatch(manifestText, /\$\{\{/);
    const manifest = JSON.parse(manifestText);
    assert.equal(manifest.id, PROVISIONED.TEAMS_APP_ID);
    assert.equal(manifest.bots[0].botId, PROVISIONED.BOT_ID);
    assert.deepEqual(manifest.validDomains, [PROVISIONED.BOT_DOMAIN]);
    assert.equal(manifest.name.short, 'Cross-Tenant Sync (dev)');
    for (const icon of ['color.png', 'outline.png']) {
      assert.ok(Buffer.from(entries[icon]).equals(fs.readFileSync(path.join(projectRoot(), 'appPackage', icon))), icon);
    }
    assert.equal(fs.readFileSync(built.manifestPath, 'utf8'), manifestText);
  });

  it('declares single sign-on (webApplicationInfo) with SSO_CLIENT_ID, and leaves it out without one', async () => {
    const withSso = await buildAppPackage({
      root: projectRoot(),
      env: 'dev',
      overrides: PROVISIONED,
      outDir: scratch(),
    });
    assert.deepEqual(withSso.manifest.webApplicationInfo, {
      id: PROVISIONED.SSO_CLIENT_ID,
      resource: `api://botid-${PROVISIONED.BOT_ID}`,
    });
    const appOnly = await buildAppPackage({
      root: projectRoot(),
      env: 'dev',
      overrides: { ...PROVISIONED, SSO_CLIENT_ID: '' },
      outDir: scratch(),
    });
    assert.equal(appOnly.manifest.webApplicationInfo, undefined);
    assert.doesNotMatch(fs.readFileSync(appOnly.manifestPath, 'utf8'), /webApplicationInfo/);
  });

  it('writes a zip that Info-ZIP unzip, an independent reader, accepts (when it is installed)', async function () {
    if (!fs.existsSync('/usr/bin/unzip')) this.skip();
    const built = await buildAppPackage({ root: projectRoot(), env: 'dev', overrides: PROVISIONED, outDir: scratch() });
    const test = spawnSync('/usr/bin/unzip', ['-t', built.zipPath], { encoding: 'utf8' });
    assert.equal(test.status, 0, test.stdout + test.stderr);
    assert.match(test.stdout, /No errors detected/);
  });

  it('says which variables have no value and where to set them', async () => {
    const root = projectWith('TEAMSFX_ENV=test\nAPP_NAME_SUFFIX=\n');
    await assert.rejects(buildAppPackage({ root, env: 'test', outDir: scratch() }), (error: unknown) => {
      assert.ok(error instanceof PackageError);
      assert.match(error.message, /TEAMS_APP_ID has no value: set it in env\/\.env\.test, or pass --set TEAMS_APP_ID=/);
      assert.match(error.message, /BOT_ID has no value/);
      return true;
    });
  });

  it('refuses a manifest the schema rejects (a bot id that is not a GUID) and writes no zip', async () => {
    const root = projectWith(
      [
        'APP_NAME_SUFFIX=',
        'DEVELOPER_NAME=IT',
        'DEVELOPER_WEBSITE_URL=https://a.example',
        'DEVELOPER_PRIVACY_URL=https://a.example/p',
        'DEVELOPER_TERMS_URL=https://a.example/t',
        'TEAMS_APP_ID=6c0a4a63-3d4b-4d0c-9d6a-1d2b3c4d5e6f',
        'BOT_ID=not-a-guid',
        'BOT_DOMAIN=x.example',
        'SSO_CLIENT_ID=5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
      ].join('\n'),
    );
    const outDir = scratch();
    await assert.rejects(buildAppPackage({ root, env: 'test', outDir }), (error: unknown) => {
      assert.ok(error instanceof PackageError);
      assert.match(error.message, /manifest\.json\/bots\/0\/botId must match pattern/);
      return true;
    });
    assert.deepEqual(fs.readdirSync(outDir), []);
  });

  it('refuses an outline icon that is not white on transparent', async () => {
    const root = projectWith(
      Object.entries({
        ...PROVISIONED,
        APP_NAME_SUFFIX: '',
        DEVELOPER_NAME: 'IT',
        DEVELOPER_WEBSITE_URL: 'https://a.example',
        DEVELOPER_PRIVACY_URL: 'https://a.example/p',
        DEVELOPER_TERMS_URL: 'https://a.example/t',
      })
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
    );
    fs.copyFileSync(path.join(root, 'appPackage', 'color.png'), path.join(root, 'appPackage', 'outline.png'));
    await assert.rejects(
      buildAppPackage({ root, env: 'test', outDir: scratch() }),
      /outline icon is 192x192, Teams needs 32x32/,
    );
  });

  it('reads --env, repeated --set, --root and --out', () => {
    assert.deepEqual(parseArguments(['--env', 'prod', '--set', 'BOT_ID=abc', '--set', 'X=a=b', '--out', 'o'], '/p'), {
      env: 'prod',
      root: '/p',
      outDir: '/p/o',
      overrides: { BOT_ID: 'abc', X: 'a=b' },
    });
    assert.deepEqual(parseArguments([], '/p'), { env: 'dev', root: '/p', overrides: {} });
    assert.throws(
      () => parseArguments(['--verbose'], '/p'),
      /'--verbose'\nThe options are --env <value>, --set <value>, --root/,
    );
    assert.throws(() => parseArguments(['--env'], '/p'), /argument missing/);
    assert.throws(() => parseArguments(['--set', 'novalue'], '/p'), /NAME=value/);
  });

  it('prints its usage for --help (exit 0), and refuses an unknown option naming the good ones (exit 2)', () => {
    const cli = path.join(__dirname, '..', '..', 'tools', 'packageApp.js');
    const help = spawnSync(process.execPath, [cli, '--help'], { cwd: projectRoot(), encoding: 'utf8' });
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /npm run package -- \[--env dev\][\s\S]*--set NAME=value/);
    const bad = spawnSync(process.execPath, [cli, '--verbose'], { cwd: projectRoot(), encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /Unknown option '--verbose'\nThe options are --env <value>, --set <value>/);
  });

  it('runs as `npm run package` does: exit code 0 and the zip, or 1 and the reasons', () => {
    const cli = path.join(__dirname, '..', '..', 'tools', 'packageApp.js');
    const outDir = scratch();
    const sets = Object.entries(PROVISIONED).flatMap(([k, v]) => ['--set', `${k}=${v}`]);
    const ok = spawnSync(process.execPath, [cli, '--env', 'dev', '--out', outDir, ...sets], {
      cwd: projectRoot(),
      encoding: 'utf8',
    });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /Built .*appPackage\.dev\.zip/);
    const failed = spawnSync(process.execPath, [cli, '--env', 'dev', '--out', outDir], {
      cwd: projectRoot(),
      encoding: 'utf8',
    });
    if (failed.status === 0) return; // someone provisioned dev in this checkout: then every value is there
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /has no value|must match pattern/);
  });
});
