// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Module boundaries. Imports go one way: app → features → shared (src/components, src/lib,
 * src/testing), and no feature imports another. Code outside its own folder is imported through the
 * "@/" alias (parent-relative "../" imports are refused), so the rules below can read the boundary
 * from the import path itself. One block per feature folder: a new feature is covered as it appears.
 *
 * A feature may use another only through that feature's public face (src/features/<name>/index.ts, imported
 * as "@/features/<name>") and only when the allow-list below says so. import-x/no-cycle refuses import
 * cycles anywhere in src (it follows "@/" through the TypeScript resolver).
 */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const noParentImports = {
  regex: '^\\.\\./',
  message: 'Import code outside this folder through "@/…" so the module boundaries can be checked.',
};
const noAppImports = { regex: '^@/app(/|$)', message: 'Features must not import src/app.' };

/** Which feature may use which other features (through their public face only). */
const featureUses = {
  actions: ['frameworks'],
  clientplans: ['actions'],
  assessments: ['campaigns'],
  history: ['frameworks'],
  links: ['assessments'],
  manage: ['frameworks', 'campaigns'],
  portfolio: ['history'],
  results: ['frameworks'],
  tenants: ['sso'],
};

/** no-restricted-imports replaces its options per block, so every block lists all of its patterns. */
const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: [noParentImports, ...patterns] }],
});

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
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads TypeScript modules only with these (its defaults are JavaScript's)
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  ...features.map((feature) => {
    const uses = featureUses[feature] ?? [];
    const allowed = uses.length ? `|(${uses.join('|')})$` : '';
    return {
      files: [`src/features/${feature}/**/*.{ts,tsx}`],
      rules: restrict(noAppImports, {
        regex: `^@/features/(?!${feature}(/|$)${allowed})`,
        message:
          'A feature uses another only through its public face ("@/features/<name>") and only when featureUses ' +
          'in eslint.config.js allows it; otherwise compose them in src/app.',
      }),
    };
  }),
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
