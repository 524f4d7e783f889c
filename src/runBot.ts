import path from 'node:path';
import { createAdapter } from './bot/adapter';
import { createAlerts } from './compose/alerts';
import { createChangeWatchParts, graphAppId } from './compose/changes';
import { createApprovals } from './compose/approvals';
import { RoleDirectory } from './bot/access';
import { createBot } from './bot/createBot';
import { createServices } from './compose/services';
import { targetGateways } from './compose/targetGateways';
import { createWrites } from './compose/writes';
import { simulatorSignIn } from './local/simulatorSignIn';
import { serializeTurns } from './bot/turn/serialTurns';
import { onceOnly } from './bot/turn/onceOnly';
import { createBackground } from './bot/work/background';
import { forgetOldDeliveries } from './bot/work/deliveryRetention';
import { summarizeTurns } from './bot/hooks/turnSummary';
import type { AppConfig, GraphSettings } from './config';
import { isTenantGuid } from './configRefusals';
import { createGraphGateway } from './graph/createGraphGateway';
import type { Logger } from './logging';
import { stopOnSignals } from './server/signals';
import { readinessProbes } from './server/probes';
import { startServer } from './server/startServer';
import { createStorage, TurnStateStorage } from './storage';
import { createConfigurationCatalog } from './sync/configurationCatalog';

const LOCAL_GRAPH = /^https:\/\/(127\.0\.0\.1|localhost)[:/]/;

/** The bot against Graph (or the simulator): every part wired together, serving until a signal stops it. */
export async function runBot(config: AppConfig & { graph: GraphSettings }, logger: Logger): Promise<void> {
  logger.info(
    {
      graph: config.graph.baseUrl,
      storage: config.storage.backend,
      botId: config.bot?.appId ?? '(none: no token check)',
    },
    `mode: ${LOCAL_GRAPH.test(config.graph.baseUrl) ? 'local (tenant simulator)' : config.mode}`,
  );
  const gateway = createGraphGateway({ settings: config.graph, logger });
  const catalog = createConfigurationCatalog({ gateway, logger });
  const storage = await createStorage(config.storage, logger);
  const adapter = createAdapter(config.bot);
  // The partner policies name the source tenant by id: with a domain in GRAPH_TENANT_ID, config requires the id
  // in HOME_TENANT_ID.
  const sourceTenantId = isTenantGuid(config.graph.credential.tenantId)
    ? config.graph.credential.tenantId
    : (config.homeTenantId ?? config.graph.credential.tenantId);
  const targets = targetGateways(config.targetTenants, logger);
  // Changes with the person's own token (GRAPH_WRITES=user) or the app's; reads and monitoring stay the app's.
  const { writes, signIn } = createWrites(config, gateway, logger, undefined, localSignIn(config));
  const services = createServices({
    gateway,
    catalog,
    logger,
    targets,
    sourceTenantId,
    setupDeleteThreshold: config.setup.deleteThreshold,
    writes,
  });
  const access = {
    roles: new RoleDirectory({ memberships: services.memberships, settings: config.roles }),
    settings: config.roles,
  };
  const alerts = createAlerts({
    config,
    store: storage,
    adapter,
    logger,
    source: services.monitorSource,
    incidentActions: services.incidents,
    changes: createChangeWatchParts({
      store: storage,
      adapter,
      botAppId: config.bot?.appId ?? '',
      source: { gateway, tenantId: sourceTenantId, appId: graphAppId(config.graph) },
      targets: { settings: config.targetTenants, gateways: targets },
      logger,
    }),
  });
  // Approved changes with the last approver's token only when changes are the person's (GRAPH_WRITES=user).
  const approvals = createApprovals({
    config,
    storage,
    gateway,
    adapter,
    logger,
    setup: services.setup,
    writes: signIn ? writes : undefined,
  });
  const shared = config.storage.backend !== 'sqlite';
  const { background } = createBackground({
    adapter,
    appId: config.bot?.appId ?? '',
    logger,
    concurrency: config.work.concurrency,
    storage,
    singleInstance: !shared,
  });
  const { app } = createBot({
    logger,
    catalog,
    adapter,
    access,
    storage: new TurnStateStorage(storage, logger),
    identity: config.bot,
    homeTenantId: config.homeTenantId,
    setup: { setup: services.setup, settings: services.settings },
    llm: config.llm && { settings: config.llm, promptsFolder: path.join(config.dataDir, 'prompts') },
    alerts: alerts.deps,
    approvals: approvals.setup,
    operations: services.operations,
    signIn: signIn && { tokens: signIn.tokens, resource: signIn.sso.resource, signInLink: signInLink(signIn) },
    background,
  });
  const server = await startServer({
    host: config.host,
    port: config.port,
    logger,
    adapter,
    // Words and names in the turn lines only against the simulator: its people are made up.
    // A redelivered activity is dropped before it waits for its conversation's turn.
    // One instance (SQLite) remembers deliveries in memory; instances sharing blob storage record them there.
    bot: summarizeTurns(onceOnly(serializeTurns(app, logger), shared ? storage : undefined, logger), logger, {
      showWords: LOCAL_GRAPH.test(config.graph.baseUrl),
    }),
    loopbackOnly: !config.bot,
    probes: readinessProbes({ storage, gateway }),
    queue: () => background.counts,
  });
  logger.info(`bot listening: ${server.url}/api/messages`);
  await background.start();
  await alerts.monitor.start();
  approvals.start();
  const deliveries = shared ? forgetOldDeliveries(storage, logger) : { stop: () => undefined };
  stopOnSignals(logger, [
    () => alerts.monitor.stop(),
    approvals.stop,
    server.close,
    // After the server: no turn adds work any more; the work in flight gets its grace, then its cards are told.
    () => background.stop(config.work.shutdownGraceSeconds * 1000),
    async () => deliveries.stop(),
    () => storage.close(),
  ]);
}

/**
 * The sign-in card's button when Teams cannot sign the person in silently: Entra's consent page for the SSO app, after
 * which the silent sign-in works.
 */
function signInLink(signIn: { sso: { clientId: string; resource: string }; tenantId: string; authorityHost: string }) {
  const query = new URLSearchParams({
    client_id: signIn.sso.clientId,
    response_type: 'code',
    scope: `${signIn.sso.resource}/access_as_user`,
    prompt: 'consent',
  });
  return `${signIn.authorityHost}/${signIn.tenantId}/oauth2/v2.0/authorize?${query.toString()}`;
}

/** Local mode with GRAPH_WRITES=user: no SSO in the Playground, so the simulator's sign-in page stands in for Teams. */
function localSignIn(config: AppConfig & { graph: GraphSettings }) {
  if (!config.simulatorSignInClientId || !config.sso || !LOCAL_GRAPH.test(config.graph.baseUrl)) return undefined;
  return simulatorSignIn({
    authorityHost: config.graph.authorityHost,
    tenantId: config.graph.credential.tenantId,
    teamsClientId: config.simulatorSignInClientId,
    resource: config.sso.resource,
  });
}
