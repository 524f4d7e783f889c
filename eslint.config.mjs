// ESLint: typescript-eslint's recommended rules, lines of at most 120 characters (comments and strings too),
// camelCase file names, process.env read only by the configuration, Graph URLs only in the Graph gateway.
// Import direction between folders is checked by dependency-cruiser (.dependency-cruiser.cjs).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import checkFile from 'eslint-plugin-check-file';
import tseslint from 'typescript-eslint';

const GRAPH_HOSTS = /graph\.microsoft\.com|login\.microsoftonline\.com/;

export default defineConfig(
  {
    ignores: ['**/lib/', '**/node_modules/', 'data/', 'coverage/', 'infra/', 'appPackage/'],
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      // `_name` marks an argument a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests and benchmarks read the JSON of other processes (the simulator's control API, Graph payloads) and poke
    // at fakes: there `any` says "whatever came back", which the assertions then check.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'packages/*/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module' },
  },
  {
    // No ignore options: a long comment, string or URL is wrapped or split like any other line.
    files: ['**/*.{ts,js,cjs,mjs}'],
    rules: {
      'max-len': ['error', { code: 120, tabWidth: 2 }],
    },
  },
  {
    // camelCase file names (index.ts included); `.test`, `.d` and similar middle parts are not judged.
    files: ['**/*.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*.ts': 'CAMEL_CASE' }, { ignoreMiddleExtensions: true }],
    },
  },
  {
    // The configuration is the only reader of the environment: everything else is handed a Config.
    files: ['src/**/*.ts', 'packages/*/src/**/*.ts'],
    ignores: ['src/config*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'process.env is read only in src/config*.ts (loadConfig); take the value from the Config.',
        },
      ],
    },
  },
  {
    // Graph and sign-in addresses belong to the Graph gateway (and the configuration's defaults).
    files: ['src/**/*.ts'],
    ignores: ['src/graph/**', 'src/config*.ts', 'src/simulator/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `Literal[value=${GRAPH_HOSTS}]`,
          message: 'Graph and sign-in URLs appear only in src/graph/ (and the defaults in src/config*.ts).',
        },
        {
          selector: `TemplateElement[value.raw=${GRAPH_HOSTS}]`,
          message: 'Graph and sign-in URLs appear only in src/graph/ (and the defaults in src/config*.ts).',
        },
      ],
    },
  },
);
