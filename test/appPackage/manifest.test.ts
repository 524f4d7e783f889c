import assert from 'node:assert/strict';
import { parse as parseEnvFile } from 'dotenv';
import { teamsSchemaFile, validateTeamsManifest } from '../../tools/manifestSchema';
import { placeholdersIn, resolvePlaceholders } from '../../tools/placeholders';
import { PROVISIONED } from '../tools/provisionedValues';
import { readProjectFile } from '../tools/projectRoot';

const template = readProjectFile('appPackage', 'manifest.json');
const ENVIRONMENTS = ['dev', 'local'];

/** The manifest as the Toolkit resolves it for one environment, with provisioned ids filled in. */
function resolvedFor(envName: string): Record<string, any> {
  const values = { ...parseEnvFile(readProjectFile('env', `.env.${envName}`)), ...PROVISIONED };
  const { text, missing } = resolvePlaceholders(template, values, { json: true });
  assert.deepEqual(missing, [], `placeholders with no entry in env/.env.${envName}`);
  return JSON.parse(text);
}

/** Validation must not touch the network: any fetch fails the test. */
async function validateOffline(manifest: object): Promise<string[]> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async () => {
    throw new Error('network used during manifest validation');
  }) as typeof fetch;
  try {
    return await validateTeamsManifest(manifest);
  } finally {
    globalThis.fetch = realFetch;
  }
}

describe('appPackage/manifest.json', () => {
  const raw = JSON.parse(template);

  it('uses a current manifest schema (1.19 or newer) that ships with @microsoft/app-manifest', () => {
    assert.ok(Number(raw.manifestVersion) >= 1.19, raw.manifestVersion);
    assert.equal(
      raw.$schema,
      `https://developer.microsoft.com/en-us/json-schemas/teams/v${raw.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    assert.ok(teamsSchemaFile(raw.manifestVersion));
  });

  for (const envName of ENVIRONMENTS) {
    it(`is valid against that schema, offline, once resolved for env/.env.${envName}`, async () => {
      assert.deepEqual(await validateOffline(resolvedFor(envName)), []);
    });

    it(`keeps the short name within 30 characters for env/.env.${envName}`, () => {
      const name = resolvedFor(envName).name.short;
      assert.ok(name.length <= 30, name);
    });
  }

  it('leaves the ids to provisioning, as the Toolkit does', () => {
    assert.equal(raw.id, '${{TEAMS_APP_ID}}');
    assert.equal(raw.bots[0].botId, '${{BOT_ID}}');
    assert.deepEqual(raw.validDomains, ['${{BOT_DOMAIN}}']);
    for (const envName of ENVIRONMENTS) {
      const keys = Object.keys(parseEnvFile(readProjectFile('env', `.env.${envName}`)));
      for (const name of placeholdersIn(template))
        assert.ok(keys.includes(name), `${name} is not listed in env/.env.${envName}`);
    }
  });

  it('offers the bot in personal chat, teams and group chats', () => {
    assert.equal(raw.bots.length, 1);
    assert.deepEqual([...raw.bots[0].scopes].sort(), ['groupChat', 'personal', 'team']);
    assert.equal(raw.bots[0].isNotificationOnly, false);
    assert.deepEqual(raw.icons, { color: 'color.png', outline: 'outline.png' });
  });

  it('has https developer pages once resolved', () => {
    const { developer } = resolvedFor('dev');
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) assert.match(developer[key], /^https:\/\//, key);
  });

  it('fails validation when it breaks the schema, so the check above is real', async () => {
    const broken = resolvedFor('dev');
    broken.bots[0].scopes = ['everywhere'];
    delete broken.developer;
    const errors = await validateOffline(broken);
    assert.ok(
      errors.some((e) => e.includes('developer')),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((e) => e.startsWith('/bots/0/scopes/0')),
      errors.join('\n'),
    );
  });
});
