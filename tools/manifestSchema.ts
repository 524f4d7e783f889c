import fs from 'node:fs';
import path from 'node:path';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';

/**
 * Validates a Teams app manifest against the JSON schema of its manifestVersion, offline: the schema
 * files ship inside @microsoft/app-manifest (the Agents Toolkit's own manifest library), and its
 * validator is the one `teamsApp/validateManifest` runs.
 */
export function teamsSchemaFile(manifestVersion: string): string {
  if (!/^(\d+\.\d+|devPreview)$/.test(manifestVersion))
    throw new Error(`"${manifestVersion}" is not a manifest version`);
  const folder = manifestVersion === 'devPreview' ? 'vDevPreview' : `v${manifestVersion}`;
  const packageDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = path.join(packageDir, 'build', 'json-schemas', 'teams', folder, 'MicrosoftTeams.schema.json');
  if (!fs.existsSync(file))
    throw new Error(`@microsoft/app-manifest has no schema for manifest version ${manifestVersion}`);
  return file;
}

export function loadTeamsSchema(manifestVersion: string): object {
  // Same clean-up the library applies: some published schemas carry \a and \v escapes JSON does not allow.
  const text = fs
    .readFileSync(teamsSchemaFile(manifestVersion), 'utf8')
    .replace(/\\a/g, '\\u0007')
    .replace(/\\v/g, '\\u000b');
  return JSON.parse(text) as object;
}

/** Schema errors as "<path> <message>" lines; empty when the manifest is valid. */
export async function validateTeamsManifest(manifest: { manifestVersion?: unknown }): Promise<string[]> {
  if (typeof manifest.manifestVersion !== 'string') return ['/manifestVersion is missing'];
  const schema = loadTeamsSchema(manifest.manifestVersion);
  // Passing the schema keeps the library from fetching it.
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as TeamsManifest, schema as never);
}
