import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const taroEnv = process.env.TARO_ENV || 'weapp';
const root = path.resolve(__dirname, '..');

// NutUI is drawn at a 375 design width; our own styles use 750.
function designWidth(input?: { file?: string }): number {
  return input?.file?.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750;
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'linli',
    date: '2025-10-1',
    designWidth: designWidth as unknown as number,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${taroEnv}`,
    plugins: [],
    defineConstants: {
      LINLI_CLOUD_ENV: JSON.stringify(process.env.LINLI_CLOUD_ENV || ''),
      LINLI_API_BASE: JSON.stringify(
        process.env.LINLI_API_BASE || (taroEnv === 'h5' ? '' : 'http://127.0.0.1:8787'),
      ),
      // 订阅消息 template for event reminders; empty = do not ask (the H5 build never asks).
      LINLI_TMPL_REMINDER: JSON.stringify(process.env.LINLI_TMPL_REMINDER || ''),
      // The other notice templates the app asks consent for (docs/DEPLOY.md); empty = never ask.
      LINLI_TMPL_PROMOTED: JSON.stringify(process.env.LINLI_TMPL_PROMOTED || ''),
      LINLI_TMPL_CANCELLED: JSON.stringify(process.env.LINLI_TMPL_CANCELLED || ''),
      LINLI_TMPL_REDEMPTION: JSON.stringify(process.env.LINLI_TMPL_REDEMPTION || ''),
      LINLI_TMPL_VOLUNTEER: JSON.stringify(process.env.LINLI_TMPL_VOLUNTEER || ''),
      LINLI_TMPL_APPEAL: JSON.stringify(process.env.LINLI_TMPL_APPEAL || ''),
    },
    // The tsconfig paths, for webpack (jest maps them in tests/jest/app.jest.config.js).
    alias: {
      '@': path.join(root, 'src'),
      '@linli/types': path.join(root, 'types'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      // NutUI must go through Taro's own loaders (pxtransform, component mapping), not the prebundle.
      prebundle: { exclude: ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'] },
    },
    cache: { enable: false },
    mini: {
      // The shared contract lives outside src/ and must go through babel too.
      compile: { include: [path.join(root, 'types')] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [path.join(root, 'types')] },
      esnextModules: ['nutui-react'],
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
