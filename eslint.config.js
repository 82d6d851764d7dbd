import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const uiLibs = ['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zustand/*', 'zundo', 'monaco-editor', 'monaco-editor/*', 'elkjs', 'elkjs/*'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.tmp', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The core is pure TypeScript: no UI framework, no DOM.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: uiLibs, message: 'src/core must not depend on UI libraries.' }, { group: ['**/ui/**', '**/cli/**'], message: 'src/core imports only src/core.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    // The CLI sits on the core only.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: uiLibs, message: 'The CLI imports src/core only.' }, { group: ['**/ui/**'], message: 'The CLI imports src/core only.' }] }],
    },
  },
);
