/** Two projects: the mini-program (jsdom, mocked Taro) and the server (node, real database). */
module.exports = {
  projects: ['<rootDir>/tests/jest/app.jest.config.js', '<rootDir>/tests/jest/server.jest.config.js'],
  // A global option: jest ignores testTimeout inside a project, so hooks fell back to 5 s under load.
  testTimeout: 60_000,
};
