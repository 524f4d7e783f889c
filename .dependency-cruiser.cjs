// The architecture, checked: dependencies point one way,
//   index/runBot → server → bot → bot/features → (sync, approvals, alerts, cards) → (graph, storage) → domain
// and the tenant simulator is a package of its own that only local mode starts.
// Run with `npm run deps`; a rule's name says what it keeps apart.

// Anywhere in a resolved path: a linked workspace package resolves to its real folder, wherever that is.
const SIMULATOR = '(^|/)(src/simulator/|packages/tenant-simulator/|@cts-bot/tenant-simulator)';
// The simulator package's public entry, whether resolved to its sources, its build or its declarations.
const SIMULATOR_ENTRY =
  '(^|/)(packages/tenant-simulator/(lib/)?src/index\\.(ts|js|d\\.ts)|@cts-bot/tenant-simulator|' +
  'src/simulator/index\\.ts)$';
const TEAMS_PACKAGES = '(^|/)node_modules/(@microsoft/teams-ai|botbuilder[^/]*|botframework-[^/]+)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-nothing',
      comment:
        'src/domain holds only the types services and the gateway share: no other folder, no package, no node module.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: '^src/domain/' },
    },
    {
      name: 'simulator-only-from-local-mode',
      comment:
        'The bot reaches the tenant simulator over HTTPS exactly as it reaches Graph; only src/local starts it ' +
        '(tests and benchmarks may use it too).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(local|simulator)/' },
      to: { path: SIMULATOR },
    },
    {
      name: 'simulator-through-its-package-entry',
      comment:
        'Local mode, tests and benchmarks use the simulator package by its name and public entry, not its files.',
      severity: 'error',
      from: { path: '^(src/local|test|bench|tools)/' },
      to: { path: SIMULATOR, pathNot: SIMULATOR_ENTRY },
    },
    {
      name: 'graph-and-storage-import-no-upper-layer',
      comment: 'The Graph gateway and storage sit under the services: they return data and know nothing of who calls.',
      severity: 'error',
      from: { path: '^src/(graph|storage)/' },
      to: { path: '^src/(sync|approvals|alerts|access|bot|cards|server|local|compose)/' },
    },
    {
      name: 'services-import-no-chat',
      comment: 'sync, approvals and alerts serve the bot without knowing it: no bot, server, cards or local mode.',
      severity: 'error',
      from: { path: '^src/(sync|approvals|alerts|access)/' },
      to: { path: '^src/(bot|server|cards|local|compose)/' },
    },
    {
      name: 'services-know-no-teams-types',
      comment:
        'No Teams types below src/bot: sync, approvals and alerts do not import botbuilder or @microsoft/teams-ai.',
      severity: 'error',
      from: { path: '^src/(sync|approvals|alerts|access|graph|domain)/' },
      to: { path: TEAMS_PACKAGES },
    },
    {
      name: 'cards-fetch-nothing',
      comment: 'Card renderers turn models into cards; they do not read Graph or storage, nor reach into the bot.',
      severity: 'error',
      from: { path: '^src/cards/' },
      to: { path: '^src/(graph|storage|bot|server)/' },
    },
    {
      name: 'no-feature-to-feature',
      comment: 'A feature folder does not import another one; what two features share lives outside src/bot/features.',
      severity: 'error',
      from: { path: '^src/bot/features/([^/]+)/' },
      to: { path: '^src/bot/features/[^/]+/', pathNot: '^src/bot/features/$1/' },
    },
    {
      name: 'nothing-imports-the-composition-root',
      comment: 'src/index.ts and src/runBot.ts build everything; nothing in src imports them (index starts runBot).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/index\\.ts$' },
      to: { path: '^src/(index|runBot)\\.ts$' },
    },
    {
      name: 'only-the-composition-root-composes',
      comment: 'src/compose builds the services and hands them to the bot; only src/runBot.ts uses it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(runBot\\.ts|compose/)' },
      to: { path: '^src/compose/' },
    },
    {
      name: 'chat-calls-services-not-the-gateway',
      comment: 'Bot handlers call domain services (sync, approvals, alerts, access); only services hold the gateway.',
      severity: 'error',
      from: { path: '^src/bot/' },
      to: { path: '^src/graph/' },
    },
    {
      name: 'bot-does-not-import-server',
      comment: 'The server hands turns to the bot; the bot does not know the HTTP server.',
      severity: 'error',
      from: { path: '^src/bot/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles: a cycle makes the load order matter and hides which side owns what.',
      severity: 'error',
      from: { path: '^(src|tools|packages)/' },
      to: { circular: true },
    },
    {
      name: 'no-circular-between-folders',
      comment: 'Folders depend one way too: no folder imports, directly or through others, a folder that imports it.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(src|tools|packages)/' },
      to: { circular: true },
    },
  ],
  options: {
    // Run over the whole repository (`depcruise .`): the code folders, not build output, data or assets.
    // The simulator package's build stays reachable as a target, so an import of the package is seen.
    doNotFollow: { path: ['node_modules', '^packages/[^/]+/lib/'] },
    exclude: { path: ['^(lib|data|coverage|docs|infra|appPackage|cards|env|reference)/', '^[^/]+\\.[cm]?js$'] },
    // Type-only imports count: "no Teams types below the bot" means types too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
