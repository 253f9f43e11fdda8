import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

// eslint-plugin-office-addins registers its own @typescript-eslint plugin for .ts files only;
// reuse that very object so .tsx files get the same rules (a second copy may not be defined).
const tsPlugin = officeAddins.configs.react.find((c) => c.plugins?.['@typescript-eslint']).plugins['@typescript-eslint'];

/** The UI packages, for the layers that must not know them. */
const UI = ['react', 'react-dom', 'react-dom/*', '@fluentui/*'];

export default [
  {
    ignores: [
      'dist/**',
      'webpack*.js',
      'node_modules/**',
      'out/**',
      'test-output/**',
      'coverage/**',
      '*.config.js',
      '*.config.mjs',
    ],
  },
  ...officeAddins.configs.react,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { '@typescript-eslint': tsPlugin },
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      ecmaVersion: 2022,
      globals: {
        console: 'readonly',
        process: 'readonly',
        require: 'readonly',
        module: 'readonly',
        __dirname: 'readonly',
        performance: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        window: 'readonly',
        document: 'readonly',
        Office: 'readonly',
        Excel: 'readonly',
        navigator: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-undef': 'off',
      // The core rule reads parameter names in function types as unused variables; the TS rule above does not.
      'no-unused-vars': 'off',
      'react/react-in-jsx-scope': 'off',
    },
  },
  {
    // The office-addins rules read any getCell()/getRange() result as an Office.js proxy; ExcelJS
    // objects are plain and loaded already, so the rules only misfire there.
    files: ['src/gateways/exceljs/**', 'src/example/**', 'scripts/**', 'test/**'],
    rules: {
      'office-addins/load-object-before-read': 'off',
      'office-addins/call-sync-before-read': 'off',
      'office-addins/call-sync-after-load': 'off',
    },
  },
  {
    files: ['test/**/fakes/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Small modules and functions (README, Architecture): a long one is split or made table-driven.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      'max-lines': ['error', 300],
    },
  },
  // The layers, enforced: each room knows only the rooms before it (README, Architecture).
  // engine <- plan <- gateways <- app <- session <- taskpane / commands, and app <- cli.
  // A wrong-direction import fails lint.
  layer('src/engine/**', ['plan', 'gateways', 'app', 'session', 'taskpane', 'commands', 'cli', 'example'], UI.concat('exceljs')),
  layer('src/plan/**', ['gateways', 'app', 'session', 'taskpane', 'commands', 'cli', 'example'], UI.concat('exceljs')),
  layer('src/gateways/**', ['app', 'session', 'taskpane', 'commands', 'cli', 'example'], UI),
  layer('src/app/**', ['session', 'taskpane', 'commands', 'cli', 'example'], UI.concat('exceljs')),
  // What the pane and the ribbon command share (service, store, report): no React, no entry point.
  layer('src/session/**', ['taskpane', 'commands', 'cli', 'example', 'gateways/exceljs', 'gateways/*/*'], UI.concat('exceljs')),
  // The two entry points reach the workbook through the session only (and use the engine's words),
  // never a gateway, the app, the plan or each other.
  layer('src/taskpane/**', ['commands', 'cli', 'example', 'gateways', 'app', 'plan'], ['exceljs']),
  layer('src/commands/**', ['taskpane', 'cli', 'example', 'gateways', 'app', 'plan'], UI.concat('exceljs')),
  layer('src/cli/**', ['session', 'taskpane', 'commands'], UI),
  {
    // Excel calls live in the Office.js gateway (the workbook gateway and editor), never in the session, the pane or the ribbon command.
    files: ['src/session/**', 'src/taskpane/**', 'src/commands/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Excel calls belong in src/gateways/officejs (WorkbookGateway, WorkbookEditor).' },
      ],
    },
  },
  {
    // Office's globals belong to the Office.js gateway and the entry points, never to the engine or the plan.
    files: ['src/engine/**', 'src/plan/**', 'src/app/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Excel calls belong in src/gateways/officejs.' },
        { name: 'Office', message: 'Office calls belong in the entry points.' },
      ],
    },
  },
];

/** A lint block that forbids imports of other src folders (by name) and of packages. */
function layer(files, folders, packages) {
  return {
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...folders.map((folder) => ({
              group: [`**/${folder}`, `**/${folder}/**`],
              caseSensitive: true,
              message: `${files.split('/')[1]} must not import ${folder}: data flows engine -> plan -> gateways -> app -> session -> entry points.`,
            })),
            ...packages.map((name) => ({ group: [name], message: `${files.split('/')[1]} must not depend on ${name}.` })),
          ],
        },
      ],
    },
  };
}
