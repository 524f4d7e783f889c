import fs from 'node:fs';
import path from 'node:path';
import { describeLatency, startSimulator } from '@cts-bot/tenant-simulator';
import { AppConfig, childEnvironment } from '../config';
import type { Logger } from '../logging';
import { BOT_NODE_FLAGS } from '../server/botNodeFlags';
import { startAnswerTimer, type AnswerTimer } from './answerTimer';
import type { LocalAddresses } from './banner';
import { Child, startChild } from './child';
import { planPlayground, playgroundYaml } from './playgroundConfig';
import { requireFreePorts } from './portCheck';
import { waitForHttp } from './waitForHttp';

export interface LocalMode extends LocalAddresses {
  /** Called when the bot or the Playground ends while local mode runs (not when stop() ends them). */
  onChildExit(listener: (name: string, code: number | null) => void): void;
  stop(): Promise<void>;
}

/**
 * Local mode: the tenant simulator, the bot pointed at it through the same configuration
 * variables a real tenant uses, and the Agents Playground pointed at the bot, all on 127.0.0.1.
 */
export async function startLocalMode(config: AppConfig, logger: Logger): Promise<LocalMode> {
  const log = logger.child({ part: 'local' });
  await requireFreePorts([
    { port: config.port, what: 'the bot', setting: 'PORT' },
    { port: config.local.playgroundPort, what: 'the Agents Playground', setting: 'PLAYGROUND_PORT' },
    { port: config.local.simulatorPort, what: 'the tenant simulator', setting: 'SIMULATOR_PORT' },
  ]);
  const simulator = await startSimulator({
    dataDir: path.join(config.dataDir, 'simulator'),
    port: config.local.simulatorPort,
    host: '127.0.0.1',
    cycleSeconds: config.local.simulatorCycleSeconds,
    latency: config.local.simulatorLatency,
  });
  const children: Child[] = [];
  let stopping = false;
  const exitListeners: Array<(name: string, code: number | null) => void> = [];
  const watch = (child: Child) => {
    children.push(child);
    child.process.once('exit', (code) => {
      if (!stopping) for (const listener of exitListeners) listener(child.name, code);
    });
  };
  let timer: AnswerTimer | undefined;
  const stop = async () => {
    stopping = true;
    for (const child of [...children].reverse()) await child.stop();
    await timer?.close();
    await simulator.stop();
  };
  try {
    const connection = simulator.connection;
    const source = connection.tenants.find((t) => t.role === 'source');
    if (!source) throw new Error('the simulator has no source tenant');
    log.debug(
      {
        graph: connection.graphBaseUrl,
        cycleSeconds: config.local.simulatorCycleSeconds,
        latency: describeLatency(config.local.simulatorLatency),
      },
      'tenant simulator started (sync cycles run faster than the real 40 minutes)',
    );

    const botUrl = `http://127.0.0.1:${config.port}`;
    const bot = startChild('bot', process.execPath, [...BOT_NODE_FLAGS, path.join(__dirname, '..', 'index.js')], {
      logger,
      echo: true,
      env: childEnvironment({
        GRAPH_TENANT_ID: source.tenantId,
        GRAPH_CLIENT_ID: source.clientId,
        GRAPH_CLIENT_SECRET: source.clientSecret,
        // The simulator's target tenants: guided setup checks their side itself.
        TARGET_TENANT_CREDENTIALS: JSON.stringify(
          connection.tenants
            .filter((t) => t.role === 'target')
            .map((t) => ({ tenantId: t.tenantId, clientId: t.clientId, clientSecret: t.clientSecret })),
        ),
        GRAPH_BASE_URL: connection.graphBaseUrl,
        AUTHORITY_HOST: connection.authorityHost,
        // GRAPH_WRITES=user: changes with the Playground person's own token, signed in on the simulator's page.
        GRAPH_WRITES: config.graphWrites,
        ...(config.graphWrites === 'user'
          ? {
              SSO_CLIENT_ID: source.clientId,
              SSO_CLIENT_SECRET: source.clientSecret,
              SSO_RESOURCE: source.appIdUri,
              SIMULATOR_SSO_CLIENT_ID: source.ssoClientId,
            }
          : {}),
        NODE_EXTRA_CA_CERTS: connection.caFile,
        HOST: '127.0.0.1',
        PORT: String(config.port),
        DATA_DIR: config.dataDir,
        BOT_ID: undefined,
        BOT_PASSWORD: undefined,
      }),
    });
    watch(bot);
    await waitForHttp(`${botUrl}/healthz`, 60_000, () => bot.process.exitCode !== null);
    // The Playground posts through it, so each answer's time is logged against Teams' limits.
    timer = await startAnswerTimer(botUrl, log);

    const playgroundDir = path.join(config.dataDir, 'playground');
    fs.mkdirSync(playgroundDir, { recursive: true });
    const configFile = path.join(playgroundDir, '.m365agentsplayground.yml');
    fs.writeFileSync(configFile, playgroundYaml(planPlayground(source.tenantId, connection.people)));
    const port = config.local.playgroundPort;
    const playground = startChild(
      'playground',
      process.execPath,
      [
        '-r',
        path.join(__dirname, 'forceLoopback.js'),
        '-r',
        path.join(__dirname, 'exitWithParent.js'),
        require.resolve('@microsoft/m365agentsplayground/cli.js'),
        'start',
        '--port',
        String(port),
        '--app-endpoint',
        `${timer.url}/api/messages`,
        '--service-url',
        `http://127.0.0.1:${port}/_connector`,
        '--disable-telemetry',
      ],
      {
        logger,
        cwd: playgroundDir,
        env: childEnvironment({
          TEAMSAPPTESTER_BROWSER: 'none',
          M365_AGENTS_PLAYGROUND_CONFIG_PATH: configFile,
          M365_AGENTS_PLAYGROUND_LOGFILE: path.join(playgroundDir, 'playground.log'),
        }),
      },
    );
    watch(playground);
    const listening = await playground.waitFor(/Listening on (\d+)/, 60_000);
    const playgroundUrl = `http://127.0.0.1:${listening[1]}`;
    await waitForHttp(playgroundUrl, 30_000, () => playground.process.exitCode !== null);
    return {
      playgroundUrl,
      botUrl,
      graphBaseUrl: connection.graphBaseUrl,
      latency: config.local.simulatorLatency,
      dataDir: config.dataDir,
      tenants: {
        source: source.name,
        targets: connection.tenants.filter((t) => t.role === 'target').map((t) => t.name),
      },
      onChildExit: (listener) => void exitListeners.push(listener),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
