/** The mini-program's tests: jsdom, Taro and its components mocked at the module boundary, real NutUI. */
const path = require('path');

const root = path.resolve(__dirname, '../..');
const babel = ['babel-jest', { configFile: path.join(root, 'babel.config.js') }];

module.exports = {
  displayName: 'app',
  rootDir: root,
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/tests/unit/src'],
  testMatch: ['<rootDir>/tests/unit/src/**/*.test.ts?(x)'],
  setupFilesAfterEnv: ['<rootDir>/tests/jest/app.setup.ts'],
  transform: { '^.+\\.(t|j)sx?$': babel, '^.+\\.mjs$': babel },
  // NutUI ships ES modules only in the build we use.
  transformIgnorePatterns: ['/node_modules/(?!(@nutui/nutui-react-taro)/)'],
  moduleNameMapper: {
    '^@tarojs/components$': '<rootDir>/tests/jest/mocks/taro-components.tsx',
    '^@tarojs/taro$': '<rootDir>/tests/jest/mocks/taro.ts',
    '^@nutui/nutui-react-taro$': '<rootDir>/tests/jest/mocks/nutui.ts',
    '^@nutui/nutui-react-taro/dist/es/packages/[a-z]+/style/css$': '<rootDir>/tests/jest/mocks/style.js',
    lottie: '<rootDir>/tests/jest/mocks/style.js',
    '\\.css$': '<rootDir>/tests/jest/mocks/style.js',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@linli/types$': '<rootDir>/types/index.ts',
    '^@linli/types/(.*)$': '<rootDir>/types/$1',
  },
  // Build-time constants that Taro's defineConstants provides in real builds.
  globals: { LINLI_CLOUD_ENV: '', LINLI_API_BASE: 'http://api.test', LINLI_TMPL_REMINDER: '',
    LINLI_TMPL_PROMOTED: '',
    LINLI_TMPL_CANCELLED: '',
    LINLI_TMPL_REDEMPTION: '',
    LINLI_TMPL_VOLUNTEER: '',
    LINLI_TMPL_APPEAL: '',
  },
};
