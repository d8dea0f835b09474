import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers of the design, one direction: domain <- state <- scene, ui <- app; pipeline uses domain.
// A system's folder (src/systems/<id>/) holds one subfolder per layer, each under its layer's rule.
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'assets/generated', 'test-results', 'playwright-report', '**/*.tmp.mjs'] },
  js.configs.recommended,
  // type-aware rules: the type checker's view of every file (floating promises, unsafe any, needless assertions)
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.{ts,tsx}'] })),
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node }, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // one policy for indices (src/domain/checked.ts): nth() throws out of range; no silent zero
      'no-restricted-syntax': [
        'error',
        {
          selector: "LogicalExpression[operator='??'][left.type='MemberExpression'][left.computed=true][right.value=0]",
          message: 'an index out of range is a bug: use nth() from src/domain/checked.ts (or a[i]! in a loop bounded by the array), not ?? 0',
        },
      ],
    },
  },
  // vitest's asymmetric matchers (expect.stringMatching...) are typed `any` by design
  { files: ['tests/**'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  layer(
    ['src/domain/**', 'src/theme/**', 'src/systems/types.ts', 'src/systems/catalogue.ts', 'src/systems/*/domain/**'],
    [
      'react',
      'react-*',
      'react/**',
      '@react-three/*',
      'three',
      'three/**',
      'zustand',
      'zustand/*',
      '**/state/**',
      '**/scene/**',
      '**/ui/**',
      '**/app/**',
      '**/pipeline/**',
      'node:*',
    ],
    'domain is pure TypeScript: no React, DOM, renderer, store, Node or upper layers',
  ),
  layer(
    ['src/state/**', 'src/systems/*/state/**'],
    ['@react-three/*', 'three', 'three/**', '**/scene/**', '**/ui/**', '**/app/**', '**/pipeline/**'],
    'state depends only on domain',
  ),
  layer(['src/scene/**', 'src/systems/*/scene/**'], ['**/ui/**', '**/app/**', '**/pipeline/**'], 'scene talks to the DOM only through the store'),
  layer(
    ['src/ui/**', 'src/systems/*/ui/**'],
    ['**/scene/**', '**/app/**', '**/pipeline/**', '@react-three/*', 'three', 'three/**'],
    'ui talks to the 3D scene only through the store',
  ),
  layer(['src/pipeline/**'], ['react', 'react-*', '@react-three/*', '**/state/**', '**/scene/**', '**/ui/**', '**/app/**'], 'pipeline is Node: domain only'),
);
