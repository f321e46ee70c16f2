// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Module boundaries. Imports go one way: app → features → shared (src/components, src/lib,
 * src/testing), and no feature imports another. Code outside its own folder is imported through the
 * "@/" alias (parent-relative "../" imports are refused), so the rules below can read the boundary
 * from the import path itself. One block per feature folder: a new feature is covered as it appears.
 */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const noParentImports = {
  regex: '^\\.\\./',
  message: 'Import code outside this folder through "@/…" so the module boundaries can be checked.',
};
const noAppImports = { regex: '^@/app(/|$)', message: 'Features must not import src/app.' };

/** no-restricted-imports replaces its options per block, so every block lists all of its patterns. */
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: [noParentImports, ...patterns] }] });

export default defineConfig(
  { ignores: ['node/**', 'node_modules/**', 'target/**', 'dist/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    extends: [reactHooks.configs.flat['recommended-latest']],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      ...restrict(),
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: restrict(noAppImports, {
      regex: `^@/features/(?!${feature}(/|$))`,
      message: 'A feature must not import another feature: compose them in src/app.',
    }),
  })),
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}', 'src/testing/**/*.{ts,tsx}'],
    rules: restrict({
      regex: '^@/(app|features)(/|$)',
      message: 'Shared code (components, lib, testing) must not import features or the app.',
    }),
  },
  {
    files: ['*.{js,ts}', 'e2e/**/*.ts', 'scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
