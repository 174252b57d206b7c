// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// Under NODE_ENV=test the preset emits CommonJS, which jest (babel-jest) needs.
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
};
