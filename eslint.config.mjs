// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Generated Prisma client and build or benchmark output are not ours to lint.
  { ignores: ['dist/', 'coverage/', 'bench-results/', 'src/generated/'] },

  js.configs.recommended,

  {
    files: ['**/*.ts', '**/*.mts'],
    // Type-aware: the floating-promise and exhaustiveness rules need the checker.
    // projectService picks the nearest tsconfig.json that holds the file: the
    // root one covers src, test, scripts, prisma.config.ts and web/vite.config.mts;
    // web/tsconfig.json the studio's browser code. Lint sees what `tsc` sees.
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The reasons this config exists (issue 12): a promise is awaited, or
      // voided with a comment saying why; callbacks that expect void do not get
      // an async function whose rejection nobody sees.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // A union switch without `default` must name every member. A `default`
      // still counts as exhaustive: the local copy tables switch on the
      // twenty-member Relation union and fall back to a neutral line on purpose.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      // Type-only imports are erased under isolatedModules without surprises.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports' },
      ],
      // `tsc` already reports unused locals and parameters (noUnused*), with
      // the `_` convention; a second report would only disagree with it.
      '@typescript-eslint/no-unused-vars': 'off',
      // Fakes, local providers and step adapters implement Promise-returning
      // interfaces without awaiting anything; `async` is what turns their
      // throws into rejections, so it stays even without an `await`.
      '@typescript-eslint/require-await': 'off',
      // Dependencies are objects of closures (the `Deps` style), declared with
      // method shorthand but never bound to `this`; destructuring them is safe.
      '@typescript-eslint/unbound-method': 'off',
      // Rejecting with `signal.reason` (typed `any`) is the platform's own
      // convention (fetch, timers/promises), and `throw signal.reason` is
      // already allowed by only-throw-error's defaults.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true }],
      // Japanese copy uses the ideographic space (U+3000) in its templates on purpose.
      'no-irregular-whitespace': ['error', { skipTemplates: true }],
    },
  },

  {
    // jest's asymmetric matchers (expect.any, expect.stringContaining, ...) are
    // typed `any`, and every `toMatchObject({ x: expect.any(Number) })` would
    // be reported; src keeps the rule.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },

  // The studio's single-file components (web/src): eslint-plugin-vue's recommended rules for the
  // templates, and typescript-eslint's rules without types for their scripts (type-aware linting
  // cannot see into .vue files; vue-tsc type-checks them, and their logic lives in .ts files).
  {
    files: ['web/**/*.vue'],
    // In this order: pluginVue's parser (vue-eslint-parser) replaces typescript-eslint's for the file.
    extends: [tseslint.configs.recommended, pluginVue.configs['flat/recommended']],
    languageOptions: {
      // pluginVue set vue-eslint-parser for the file; it hands <script lang="ts"> to typescript-eslint's.
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
    rules: {
      // TypeScript resolves names (DOM globals included); the core rule knows nothing of types.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Layout only, and at odds with the project's long lines: a short element with its attributes stays on one line.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
    },
  },

  {
    // CommonJS config read by jest itself, outside the TypeScript project.
    files: ['jest.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
);
