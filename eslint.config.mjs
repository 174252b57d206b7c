import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import sqlNames from './eslint-rules/sql-names.mjs';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'cloudfunctions', '.data', 'coverage', 'server/db/migrations', '**/*.js', '**/*.cjs', 'eslint-rules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // The domain and the server never reach into the app, and the app never into the server.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/server/**'] }] },
  },
  {
    // Raw SQL names tables and columns through the schema objects (eslint-rules/sql-names.mjs).
    files: ['server/**/*.ts'],
    plugins: { linli: { rules: { 'sql-names': sqlNames } } },
    rules: { 'linli/sql-names': 'error' },
  },
  {
    files: ['server/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['wx-server-sdk', 'http', 'node:http', '@tarojs/taro'] }],
    },
  },
);
