/** The server project: node environment, real databases (PGlite clone, or PostgreSQL when DATABASE_URL is set). */
const path = require('node:path');
const root = path.resolve(__dirname, '../..');

module.exports = {
  displayName: 'server',
  rootDir: root,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/unit/server/**/*.test.ts', '<rootDir>/tests/integration/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'babel-jest',
      {
        configFile: false,
        babelrc: false,
        presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'],
      },
    ],
  },
  moduleNameMapper: {
    '^@linli/types$': '<rootDir>/types/index.ts',
    '^@linli/types/(.*)$': '<rootDir>/types/$1',
  },
  globalSetup: '<rootDir>/tests/integration/support/global-setup.ts',
  testTimeout: 60_000,
};
