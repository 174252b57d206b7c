/** Two projects: the mini-program (jsdom, mocked Taro) and the server (node, real database). */
module.exports = {
  projects: ['<rootDir>/tests/jest/app.jest.config.js', '<rootDir>/tests/jest/server.jest.config.js'],
};
