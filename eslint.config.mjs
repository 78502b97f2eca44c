// ESLint flat config. TypeScript is linted with type information (typescript-eslint's
// recommendedTypeChecked: floating promises, unsafe `any`, misused promises), React hooks in the
// pane with the React team's plugin, Office.js code with Microsoft's office-addins rules.
// Formatting is Prettier's job alone: eslint-config-prettier, last, turns off every style rule.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// eslint-plugin-office-addins' own `recommended` preset is a whole config of its own (its own copy
// of the typescript-eslint parser and plugin, ecmaVersion 6, prettier as a lint rule), which would
// clash with the typed setup here. Take only its office-addins/* rules, at the levels it recommends.
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith('office-addins/')),
);

// A leading underscore names what a signature or a destructuring needs but this code does not use
// (a fake's parameter, a field taken out of a rest).
const UNUSED = {
  argsIgnorePattern: '^_',
  varsIgnorePattern: '^_',
  caughtErrorsIgnorePattern: '^_',
  destructuredArrayIgnorePattern: '^_',
  ignoreRestSiblings: true,
};

const TS = ['**/*.ts', '**/*.tsx'];
const JS = ['**/*.js', '**/*.cjs', '**/*.mjs'];

export default defineConfig(
  globalIgnores(['lib/', 'dist/', 'coverage/', '.bench/', '.prof/', 'tmp/', 'docs/', 'test/fixtures/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  {
    files: TS,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // Every .ts/.tsx file is in tsconfig.json (src, test, scripts): one program, as `tsc` sees it.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Off: here `async` without `await` is deliberate. Engines, hosts and their test fakes
      // implement Promise-returning contracts, and `async` turns a synchronous throw (a cancel,
      // an unreadable file) into the rejection callers handle, which `Promise.resolve` would not.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', UNUSED],
    },
  },
  {
    // Plain JavaScript (scripts, launchers, config files) is not in the TypeScript program: the
    // core rules only, without type information.
    files: JS,
    languageOptions: {
      sourceType: 'commonjs',
      globals: globals.node,
    },
    rules: { 'no-unused-vars': ['error', UNUSED] },
  },
  {
    files: ['eslint.config.mjs'],
    languageOptions: { sourceType: 'module' },
  },
  {
    // Bundled by webpack for the pane (ES module, browser).
    files: ['src/taskpane/**/*.js'],
    languageOptions: { sourceType: 'module', globals: globals.browser },
  },
  {
    // Runs in Internet Explorer 11 and Edge Legacy to say the pane cannot: ES5 only.
    files: ['src/taskpane/bootstrap/unsupported.es5.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: globals.browser },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['src/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: officeAddinsRules,
  },
  prettier,
);
