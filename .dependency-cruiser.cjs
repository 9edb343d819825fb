// Import boundaries of Concerto, checked by `npm run lint:imports` (part of `npm test`).
// Layers, bottom up: contract → db, crypto → services → router and transports (api, host, shell)
// → main/preload and renderer. An import only points down.
const UPPER_NODE = '^electron/(api|host|shell|main\\.ts|preload\\.ts|backendProcess\\.ts)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'contract-imports-nothing-of-ours',
      comment: 'The contract is the bottom layer: zod, its own files and the locale data, nothing else of the project.',
      severity: 'error',
      from: { path: '^contract/' },
      to: { path: '^(electron|db|renderer|scripts|tests)/' },
    },
    {
      name: 'contract-no-node',
      comment: 'The contract is shared with the renderer: no Node built-ins.',
      severity: 'error',
      from: { path: '^contract/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'only-main-and-preload-import-electron',
      severity: 'error',
      from: { path: '^(contract|db|electron|renderer)/', pathNot: '^electron/(main|preload)\\.ts$' },
      to: { path: '(^|/)node_modules/electron/' },
    },
    {
      name: 'lower-layers-do-not-import-upper',
      comment: 'db, crypto and services never import the router, the host, the shell, main, preload or the renderer.',
      severity: 'error',
      from: { path: '^(db|electron/(services|crypto))/' },
      to: { path: [UPPER_NODE, '^renderer/'] },
    },
    {
      name: 'lower-layers-no-react',
      severity: 'error',
      from: { path: '^(contract|db|electron)/' },
      to: { path: '(^|/)node_modules/(react|react-dom|react-i18next|@tanstack/react-[a-z]+)/' },
    },
    {
      name: 'db-and-crypto-below-services',
      severity: 'error',
      from: { path: '^(db|electron/crypto)/' },
      to: { path: '^electron/services/' },
    },
    {
      name: 'router-below-transports',
      comment: 'The router and handlers know nothing of the loopback host, the Electron shell or main.',
      severity: 'error',
      from: { path: '^electron/api/' },
      to: { path: '^electron/(host|shell|main\\.ts|preload\\.ts|backendProcess\\.ts)' },
    },
    {
      name: 'renderer-only-contract-and-own-files',
      comment: 'The renderer talks to the backend only through the typed contract.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(electron|db|scripts|tests)/' },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(contract|db|electron|renderer)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|test-results|bench-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.json'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
