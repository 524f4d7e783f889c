import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseEnvFile } from 'dotenv';
import YAML from 'yaml';
import { loadConfig } from '../../src/config';
import { BOT_NODE_FLAGS } from '../../src/server/botNodeFlags';
import { placeholdersIn } from '../../tools/placeholders';
import { projectRoot, readProjectFile } from '../tools/projectRoot';
import { bicepOutputs } from './bicepText';
import { ignoredBy, patternsIn } from './ignoreFile';

interface Step {
  uses: string;
  with?: Record<string, any>;
  writeToEnvironmentFile?: Record<string, string>;
}

const PROJECT_FILES = [
  { file: 'm365agents.yml', env: 'dev', stages: ['provision', 'deploy', 'publish'] },
  { file: 'm365agents.local.yml', env: 'local', stages: ['provision', 'deploy'] },
];

function stepsOf(project: Record<string, unknown>, stages: string[]): Step[] {
  return stages.flatMap((stage) => project[stage] as Step[]);
}

/** Every relative path a step's inputs name. */
function pathsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^\.\.?\//.test(value) && !value.includes('${{') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(pathsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(pathsIn);
  return [];
}

describe('Agents Toolkit project files', () => {
  for (const { file, env, stages } of PROJECT_FILES) {
    describe(file, () => {
      const text = readProjectFile(file);
      const project = YAML.parse(text) as Record<string, unknown>;
      const steps = stepsOf(project, stages);

      it('is a v1.11 project file with its lifecycle stages', () => {
        assert.equal(project.version, 'v1.11');
        assert.match(
          text,
          /^# yaml-language-server: \$schema=https:\/\/aka\.ms\/m365-agents-toolkits\/v1\.11\/yaml\.schema\.json/,
        );
        for (const stage of stages)
          assert.ok(Array.isArray(project[stage]) && (project[stage] as Step[]).length > 0, stage);
      });

      it(`takes every \${{VARIABLE}} from env/.env.${env}, an earlier step, or the .user secrets file`, () => {
        const available = new Set(Object.keys(parseEnvFile(readProjectFile('env', `.env.${env}`))));
        for (const step of steps) {
          for (const name of Object.values(step.writeToEnvironmentFile ?? {})) available.add(name);
          if (step.uses === 'arm/deploy') {
            for (const template of step.with!.templates)
              for (const name of bicepOutputs(readProjectFile(template.path)).keys()) available.add(name);
          }
        }
        const guide = readProjectFile('docs', 'deploy.md');
        for (const name of placeholdersIn(text)) {
          if (name.startsWith('SECRET_') && !available.has(name))
            assert.ok(guide.includes(name), `${name} is not explained in docs/deploy.md`);
          else assert.ok(available.has(name), `${name} has no source`);
        }
      });

      it('names files that exist', () => {
        for (const step of steps) {
          for (const relative of pathsIn(step.with)) {
            if (
              relative.includes('/build/') ||
              relative.endsWith('/build') ||
              relative === '.' ||
              relative.startsWith('./.localConfigs')
            )
              continue;
            assert.ok(fs.existsSync(path.join(projectRoot(), relative)), `${step.uses}: ${relative}`);
          }
        }
      });

      it('builds the app package under the name `npm run package` uses', () => {
        const zips = steps.flatMap((s) => [s.with?.outputZipPath, s.with?.appPackagePath]).filter(Boolean);
        assert.ok(zips.length > 0);
        for (const zip of zips) assert.equal(zip, './appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip');
      });
    });
  }

  it('m365agents.yml deploys the infra template and zip-deploys to the web app it outputs', () => {
    const steps = stepsOf(YAML.parse(readProjectFile('m365agents.yml')), ['provision', 'deploy']);
    const arm = steps.find((s) => s.uses === 'arm/deploy')!;
    assert.deepEqual(
      arm.with!.templates.map((t: { path: string; parameters: string }) => [t.path, t.parameters]),
      [['./infra/azure.bicep', './infra/azure.parameters.json']],
    );
    const zipDeploy = steps.find((s) => s.uses === 'azureAppService/zipDeploy')!;
    assert.equal(zipDeploy.with!.ignoreFile, '.webappignore');
    assert.equal(zipDeploy.with!.resourceId, '${{AZURE_APP_SERVICE_RESOURCE_ID}}');
    assert.ok(bicepOutputs(readProjectFile('infra', 'azure.bicep')).has('AZURE_APP_SERVICE_RESOURCE_ID'));
  });

  it('m365agents.local.yml writes only settings the bot reads (src/configSchema.ts) into .localConfigs', () => {
    const steps = stepsOf(YAML.parse(readProjectFile('m365agents.local.yml')), ['deploy']);
    const envs = Object.keys(steps.find((s) => s.uses === 'file/createOrUpdateEnvironmentFile')!.with!.envs);
    const config = readProjectFile('src', 'configSchema.ts');
    for (const name of envs) assert.match(config, new RegExp(`^\\s+${name}:`, 'm'), name);
    assert.ok(envs.includes('BOT_PASSWORD') && envs.includes('BOT_TENANT_ID'));
  });

  it(
    'm365agents.local.yml writes a .localConfigs the bot accepts once provisioned (Teams through a tunnel, loopback ' +
      'only)',
    () => {
      const steps = stepsOf(YAML.parse(readProjectFile('m365agents.local.yml')), ['deploy']);
      const envs = steps.find((s) => s.uses === 'file/createOrUpdateEnvironmentFile')!.with!.envs as Record<
        string,
        string | number
      >;
      const provisioned: Record<string, string> = {
        BOT_ID: '0f9e8d7c-6b5a-4c3d-8e2f-1a2b3c4d5e6f',
        SECRET_BOT_PASSWORD: 'bot-secret',
        TEAMS_APP_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
        GRAPH_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
        GRAPH_CLIENT_ID: '1a2b3c4d-0000-4000-8000-000000000001',
        SECRET_GRAPH_CLIENT_SECRET: 'graph-secret',
        GRAPH_CLIENT_CERT_PATH: '',
      };
      const env = Object.fromEntries(
        Object.entries(envs).map(([k, v]) => [
          k,
          String(v).replace(/\$\{\{(\w+)\}\}/g, (_, n: string) => provisioned[n] ?? ''),
        ]),
      );
      const config = loadConfig(env);
      assert.equal(config.mode, 'azure');
      assert.equal(config.host, '127.0.0.1');
      assert.equal(config.bot?.type, 'SingleTenant');
      assert.equal(config.bot?.tenantId, provisioned.TEAMS_APP_TENANT_ID);
      assert.equal(config.graph?.credential.kind, 'secret');
    },
  );

  it('.webappignore deploys the built bot and its packages, and nothing for building, testing or secrets', () => {
    const patterns = patternsIn(readProjectFile('.webappignore'));
    for (const kept of [
      'package.json',
      'package-lock.json',
      'lib/src/index.js',
      'lib/cards/help.json',
      'cards/help.json',
      'node_modules/restify/package.json',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/@microsoft/teams-ai/lib/index.js',
    ]) {
      assert.equal(ignoredBy(patterns, kept), false, `${kept} must be deployed`);
    }
    for (const dropped of [
      'src/index.ts',
      'test/config.test.ts',
      'env/.env.dev',
      'env/.env.dev.user',
      'infra/azure.bicep',
      '.localConfigs',
      '.env',
      'lib/test/config.test.js',
      'data/bot.sqlite',
      'appPackage/build/appPackage.dev.zip',
      'node_modules/typescript/package.json',
      'm365agents.yml',
    ]) {
      assert.equal(ignoredBy(patterns, dropped), true, `${dropped} must not be deployed`);
    }
  });
});

describe('.vscode: F5 as the Agents Toolkit templates have it', () => {
  interface Launch {
    configurations: Array<{ name: string; type: string; request: string; port?: number; program?: string }>;
    compounds: Array<{ name: string; configurations: string[]; preLaunchTask: string }>;
  }
  interface Task {
    label: string;
    type?: string;
    command?: string;
    dependsOn?: string[];
    args?: { env?: string; portOccupancy?: number[] };
  }
  const launch = JSON.parse(readProjectFile('.vscode', 'launch.json')) as Launch;
  const tasks = (JSON.parse(readProjectFile('.vscode', 'tasks.json')) as { tasks: Task[] }).tasks;
  const task = (label: string) => tasks.find((t) => t.label === label);

  it('offers the Playground and Teams debug choices, each naming configurations and tasks that exist', () => {
    const names = launch.compounds.map((c) => c.name);
    for (const name of ['Debug in Microsoft 365 Agents Playground', 'Debug in Teams (Edge)', 'Debug in Teams (Chrome)'])
      assert.ok(names.includes(name), name);
    for (const compound of launch.compounds) {
      for (const c of compound.configurations)
        assert.ok(
          launch.configurations.some((k) => k.name === c),
          `${compound.name}: ${c}`,
        );
      assert.ok(task(compound.preLaunchTask), `${compound.name}: ${compound.preLaunchTask}`);
    }
    for (const t of tasks) for (const d of t.dependsOn ?? []) assert.ok(task(d), `${t.label}: ${d}`);
  });

  it('runs local mode (the Playground) from the built entry point with the debugger following its children', () => {
    const local = launch.configurations.find((c) => c.name === 'Start local mode') as Launch['configurations'][0] & {
      autoAttachChildProcesses?: boolean;
      runtimeArgs?: string[];
    };
    assert.equal(local.program, '${workspaceFolder}/lib/src/index.js');
    assert.equal(local.autoAttachChildProcesses, true);
    assert.deepEqual(local.runtimeArgs, BOT_NODE_FLAGS);
    assert.deepEqual(
      task('Validate prerequisites (Microsoft 365 Agents Playground)')?.args?.portOccupancy,
      [3978, 56150],
    );
  });

  it('provisions the local environment for Teams and starts the bot with its settings, debugger on 9239', () => {
    assert.equal(task('Provision')?.args?.env, 'local');
    assert.equal(task('Deploy')?.args?.env, 'local');
    assert.equal(task('Start local tunnel')?.args?.env, 'local');
    const start = task('Start application')?.command ?? '';
    assert.match(start, /^node --inspect=127\.0\.0\.1:9239 --env-file=\.localConfigs /);
    assert.ok(start.endsWith(`${BOT_NODE_FLAGS.join(' ')} lib/src/index.js`), start);
    const attach = launch.configurations.find((c) => c.name === 'Attach to Local Service');
    assert.equal(attach?.port, 9239);
  });
});
