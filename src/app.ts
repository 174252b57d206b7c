import type { PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import { installAuthHandler } from '@/features/session';
import { installPrivacyHandler } from '@/features/privacy';
import './app.css';
import './styles/platform';

if (process.env.TARO_ENV === 'weapp' && LINLI_CLOUD_ENV) {
  Taro.cloud.init({ env: LINLI_CLOUD_ENV, traceUser: true });
}
installAuthHandler();
installPrivacyHandler();

// Routing to login/join happens in the pages (useCommunityPage), which exist by then on every platform.
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
