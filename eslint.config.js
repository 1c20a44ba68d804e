import js from '@eslint/js';
import globals from 'globals';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { rendezvousPlugin } from './eslint/rendezvousPlugin.js';

const reactModules = ['react', 'react-dom', 'react-dom/*', '@tanstack/react-query', 'react-router'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e',
      'dist-e2e-*',
      'dev-dist',
      'node_modules',
      'reports',
      'bench/results',
      'test-results',
      'playwright-report',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // React Query: stable query clients, exhaustive keys, no rest-destructuring of results.
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [pluginQuery.configs['flat/recommended']],
    rules: {
      // Keys carry the source's apiBaseUrl, which names its database and its sync controller one
      // to one; the engine's load error only gates whether sync work may run (`enabled`).
      '@tanstack/query/exhaustive-deps': [
        'error',
        {
          allowlist: {
            types: ['SourceDatabase', 'SyncController'],
            variables: ['db', 'controller', 'engineError'],
          },
        },
      ],
    },
  },
  // One import style, and the layers and feature boundaries of docs/architecture.md (decision 015).
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { rendezvous: rendezvousPlugin },
    rules: { 'rendezvous/import-extension': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'rendezvous/layers': 'error' },
  },
  // Layer boundaries of docs/architecture.md: only src/db touches Dexie, only src/api calls fetch,
  // and src/api, src/db, src/sync never depend on React.
  // A test may open a raw Dexie database (an older schema version, to check an upgrade).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'Only src/db may import Dexie.' }] },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**', 'src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Only src/api calls fetch.' }],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'fetch', message: 'Only src/api calls fetch.' },
        { object: 'globalThis', property: 'fetch', message: 'Only src/api calls fetch.' },
      ],
    },
  },
  {
    files: ['src/api/**/*.ts', 'src/sync/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only src/db may import Dexie.' }],
          patterns: [
            { group: reactModules, message: 'src/api and src/sync never depend on React.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    // The per-test database unmounts what a test rendered before closing it.
    ignores: ['src/db/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: reactModules, message: 'src/db never depends on React.' }] },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
);
