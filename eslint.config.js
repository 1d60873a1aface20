// @ts-check
// `npm run lint`. Type-aware: the TypeScript sources are linted with the types tsc sees (tsconfig.json), which is
// what catches an un-awaited promise or a promise handed to a callback that ignores it (recommendedTypeChecked:
// no-floating-promises, no-misused-promises, no-unused-vars, no-unused-expressions, …).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['.output/', '.wxt/', 'dist/', 'scratch/', 'bench-out/', 'tests/pages/dist/', 'tests/e2e/site/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Preact ignores what an event handler returns, so an async onClick is fire-and-forget by design
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          // `{ dropped: _, ...rest }` is how a field is left out of a copy
          ignoreRestSiblings: true,
        },
      ],
      // the string tables and props declare their callbacks in method syntax; none of them uses `this`
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      // fakes implement async interfaces without awaiting anything
      '@typescript-eslint/require-await': 'off',
      // tests read parsed JSON (the CLI's output, stored rows) as `any`; the assertions are the type check
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // Plain JavaScript (the end-to-end tests, the test pages and their build, this file): not in the TypeScript
  // project, so no type-aware rules.
  {
    files: ['**/*.{js,mjs,jsx}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  { files: ['*.js', 'tests/e2e/**/*.mjs', 'tests/pages/*.mjs'], languageOptions: { globals: globals.node } },
  { files: ['tests/pages/*.{js,jsx}'], languageOptions: { globals: globals.browser } },
  // the end-to-end tests hand functions to page.evaluate, which run in a page: the extension's (chrome.*) or a form's
  { files: ['tests/e2e/**/*.mjs'], languageOptions: { globals: { ...globals.browser, ...globals.webextensions } } },
  prettier,
);
