import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot, readProjectFile } from '../tools/projectRoot';

interface Feature {
  id: string;
  feature: string;
  commands: string[];
  permissions: string[];
}

const catalog = JSON.parse(readProjectFile('infra', 'graph-permissions.json')) as { features: Feature[] };
const everyPermission = [...new Set(catalog.features.flatMap((f) => f.permissions))];

describe('infra/graph-permissions.json', () => {
  it('lists each feature once, with commands and Graph permission names', () => {
    assert.equal(new Set(catalog.features.map((f) => f.id)).size, catalog.features.length);
    for (const f of catalog.features) {
      assert.ok(f.commands.length > 0 && f.permissions.length > 0, f.id);
      for (const p of f.permissions) assert.match(p, /^[A-Z][A-Za-z]+(\.[A-Z][A-Za-z]+)+$/, `${f.id}: ${p}`);
    }
  });

  it('grants nothing tenant-wide for writing the directory', () => {
    for (const broad of [
      'Directory.ReadWrite.All',
      'Application.ReadWrite.All',
      'Policy.ReadWrite.All',
      'RoleManagement.ReadWrite.Directory',
    ]) {
      assert.ok(!everyPermission.includes(broad), broad);
    }
  });

  it(
    'covers the least privileged permission of every Graph call the gateway knows, so a 403 is ' + 'always explained',
    function () {
      const gatewayTable = path.join(projectRoot(), 'src', 'graph', 'errors', 'permissions.ts');
      if (!fs.existsSync(gatewayTable)) this.skip();
      const leastPrivileged = [...fs.readFileSync(gatewayTable, 'utf8').matchAll(/anyOf:\s*\[\s*'([^']+)'/g)].flatMap(
        (m) => m[1].split(' and '),
      );
      assert.ok(leastPrivileged.length > 5, 'could not read the gateway table');
      assert.deepEqual(
        [...new Set(leastPrivileged)].filter((p) => !everyPermission.includes(p)),
        [],
      );
    },
  );

  it('is what the deployment guide grants, in its table and in the Azure CLI loop', () => {
    const guide = readProjectFile('docs', 'deploy.md');
    for (const p of everyPermission) assert.ok(guide.includes(p), p);
    const loop = /^PERMISSIONS="([^"]+)"$/m.exec(guide);
    assert.ok(loop, 'the az loop line');
    assert.deepEqual(loop![1].split(' ').sort(), [...everyPermission].sort());
  });

  it('is what the PowerShell grant script reads', () => {
    const script = readProjectFile('infra', 'grant-graph-permissions.ps1');
    assert.match(script, /Join-Path \$PSScriptRoot 'graph-permissions\.json'/);
    assert.match(script, /appId eq '00000003-0000-0000-c000-000000000000'/); // Microsoft Graph
    assert.match(script, /New-MgServicePrincipalAppRoleAssignment/);
    assert.match(script, /AllowedMemberTypes -contains 'Application'/);
    for (const f of catalog.features) assert.ok(script.includes(f.id), `the script's help names the feature ${f.id}`);
  });
});

describe('infra/grant-graph-permissions.ps1 grants the read features unless write features are named', () => {
  const script = readProjectFile('infra', 'grant-graph-permissions.ps1');
  const features = (JSON.parse(readProjectFile('infra', 'graph-permissions.json')) as { features: Feature[] }).features;

  it('marks each feature as writing or not: those with a ReadWrite permission write', () => {
    for (const f of features as Array<Feature & { writes?: unknown }>) {
      assert.equal(typeof f.writes, 'boolean', f.id);
      assert.equal(
        f.writes,
        f.permissions.some((p) => /ReadWrite/.test(p)),
        `${f.id}: writes is ${String(f.writes)}`,
      );
    }
    assert.deepEqual(
      (features as Array<Feature & { writes: boolean }>).filter((f) => !f.writes).map((f) => f.id),
      ['roles', 'read', 'logs'],
    );
  });

  it("defaults to 'reads', which stands for the features that do not write, and refuses 'all'", () => {
    assert.match(script, /\[string\[\]\] \$Features = @\('reads'\)/);
    assert.match(script, /\$readFeatures = \$catalog\.features \| Where-Object \{ -not \$_\.writes \}/);
    assert.match(script, /if \(\$Features -contains 'all'\) \{\s*throw/);
  });
});

describe('infra: GRAPH_WRITES=user grants delegated permissions to the SSO app, with admin consent', () => {
  const script = readProjectFile('infra', 'grant-graph-permissions.ps1');
  const delegated = (
    JSON.parse(readProjectFile('infra', 'graph-permissions.json')) as { delegated: { permissions: string[] } }
  ).delegated.permissions;

  it('lists the delegated permissions the person-token changes need, none tenant-wide for the directory', () => {
    for (const needed of [
      'Synchronization.ReadWrite.All',
      'AppRoleAssignment.ReadWrite.All',
      'User.Read',
      // Guided setup and removal, made with the approver's token.
      'Policy.ReadWrite.CrossTenantAccess',
      'Application.ReadWrite.All',
    ])
      assert.ok(delegated.includes(needed), needed);
    // Application.ReadWrite.All is the least privileged delegated permission to instantiate and delete a configuration
    // (Graph has no delegated OwnedBy); delegated, it reaches only what the person's own Entra role reaches.
    for (const broad of ['Directory.ReadWrite.All', 'RoleManagement.ReadWrite.Directory'])
      assert.ok(!delegated.includes(broad), broad);
  });

  it('the script grants them to the SSO app for all users (admin consent) only when -SsoAppId is given', () => {
    assert.match(script, /\[string\] \$SsoAppId/);
    assert.match(script, /if \(\$SsoAppId\) \{ \$connect\.Scopes \+= 'DelegatedPermissionGrant\.ReadWrite\.All' \}/);
    assert.match(script, /\$catalog\.delegated\.permissions/);
    assert.match(script, /New-MgOauth2PermissionGrant -ClientId \$sso\.Id -ConsentType 'AllPrincipals'/);
  });

  it('the deployment guide names each delegated permission and what the managed identity keeps', () => {
    const guide = readProjectFile('docs', 'deploy.md');
    for (const p of delegated) assert.ok(guide.includes(p), p);
    assert.match(guide, /GRAPH_WRITES=user/);
    assert.match(guide, /-SsoAppId/);
  });
});
