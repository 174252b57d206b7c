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
    // Still to convert (issue 12): each file here leaves the list when its SQL names go through the schema.
    files: [
      'server/domain/appeals/appeals.repository.ts',
      'server/domain/appeals/detail.ts',
      'server/domain/appeals/feedback.service.ts',
      'server/domain/appeals/handling.service.ts',
      'server/domain/appeals/overdue.ts',
      'server/domain/appeals/report.service.ts',
      'server/domain/appeals/submit.service.ts',
      'server/domain/appeals/timeline.ts',
      'server/domain/grids/grids.repository.ts',
      'server/domain/grids/grids.service.ts',
      'server/domain/events/checkin.service.ts',
      'server/domain/events/proxy-access.ts',
      'server/domain/events/proxy.service.ts',
      'server/domain/family/family.repository.ts',
      'server/domain/family/family.service.ts',
      'server/domain/fund/board.service.ts',
      'server/domain/fund/expenses.service.ts',
      'server/domain/fund/fund.service.ts',
      'server/domain/ledger/coverage.ts',
      'server/domain/ledger/invariants.ts',
      'server/domain/notify/event-notices.ts',
      'server/domain/notify/inbox.service.ts',
      'server/domain/notify/outbox.ts',
      'server/domain/points/points.repository.ts',
      'server/domain/points/points.service.ts',
      'server/domain/shop/redemption.service.ts',
      'server/domain/users/privacy.service.ts',
      'server/runtime/http.ts',
    ],
    rules: { 'linli/sql-names': 'off' },
  },
  {
    files: ['server/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['wx-server-sdk', 'http', 'node:http', '@tarojs/taro'] }],
    },
  },
);
