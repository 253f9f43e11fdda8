import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

// eslint-plugin-office-addins registers its own @typescript-eslint plugin for .ts files only;
// reuse that very object so .tsx files get the same rules (a second copy may not be defined).
const tsPlugin = officeAddins.configs.react.find((c) => c.plugins?.['@typescript-eslint']).plugins['@typescript-eslint'];

export default [
  { ignores: ['dist/**', 'webpack*.js', 'node_modules/**', 'out/**', 'test-output/**', 'coverage/**', '*.config.js', '*.config.mjs'] },
  ...officeAddins.configs.react,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { '@typescript-eslint': tsPlugin },
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      ecmaVersion: 2022,
      globals: { console: 'readonly', process: 'readonly', require: 'readonly', module: 'readonly', __dirname: 'readonly', performance: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', window: 'readonly', document: 'readonly', Office: 'readonly', Excel: 'readonly', navigator: 'readonly' },
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
  // The layers, enforced: each room knows only the rooms before it (README, Architecture).
  // engine <- plan <- gateways <- app <- taskpane / commands / cli. A wrong-direction import fails lint.
  layer('src/engine/**', ['plan', 'gateways', 'app', 'taskpane', 'commands', 'cli', 'example'], ['exceljs', 'react', 'react-dom', '@fluentui/*']),
  layer('src/plan/**', ['gateways', 'app', 'taskpane', 'commands', 'cli', 'example'], ['exceljs', 'react', 'react-dom', '@fluentui/*']),
  layer('src/gateways/**', ['app', 'taskpane', 'commands', 'cli', 'example'], ['react', 'react-dom', '@fluentui/*']),
  layer('src/app/**', ['taskpane', 'commands', 'cli', 'example'], ['exceljs', 'react', 'react-dom', '@fluentui/*']),
  // The pane reaches a gateway through its public index only, never its internals.
  layer('src/taskpane/**', ['cli', 'gateways/*/*', 'gateways/exceljs'], ['exceljs']),
  layer('src/commands/**', ['cli', 'taskpane/components', 'gateways/exceljs'], ['exceljs', 'react', 'react-dom', '@fluentui/*']),
  {
    // Excel calls live in the Office.js gateway (the workbook gateway and editor), never in the pane or the ribbon command.
    files: ['src/taskpane/**', 'src/commands/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Excel calls belong in src/gateways/officejs (WorkbookGateway, WorkbookEditor).' }],
    },
  },
  {
    // Office's globals belong to the Office.js gateway and the entry points, never to the engine or the plan.
    files: ['src/engine/**', 'src/plan/**', 'src/app/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Excel calls belong in src/gateways/officejs.' }, { name: 'Office', message: 'Office calls belong in the entry points.' }],
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
              message: `${files.split('/')[1]} must not import ${folder}: data flows engine -> plan -> gateways -> app -> entry points.`,
            })),
            ...packages.map((name) => ({ group: [name], message: `${files.split('/')[1]} must not depend on ${name}.` })),
          ],
        },
      ],
    },
  };
}
