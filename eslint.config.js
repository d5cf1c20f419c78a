// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import globals from 'globals';

const leafletImport = {
  regex: '^leaflet(/|$)',
  message: 'Only src/leaflet/ imports Leaflet, so a Leaflet upgrade touches one folder.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'screenshots/', '.vitest-attachments/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/leaflet/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [leafletImport] }] },
  },
  {
    // The model is pure: no DOM, no Lit, no Leaflet, so it runs and is tested in Node.
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [leafletImport, { group: ['lit', 'lit/*', '@lit-labs/*'], message: 'src/model/ has no DOM.' }] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'HTMLElement', 'customElements', 'location'],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
