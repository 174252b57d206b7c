/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';

/** WeChat cloud env id; non-empty in the weapp build switches lib/cloud.ts to Taro.cloud.callFunction. */
declare const LINLI_CLOUD_ENV: string;
/** Base URL of the HTTP functions host ('' = same origin, as the H5 build served by `npm start`). */
declare const LINLI_API_BASE: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn';
    TARO_APP_ID?: string;
    LINLI_CLOUD_ENV?: string;
    LINLI_API_BASE?: string;
  }
}
