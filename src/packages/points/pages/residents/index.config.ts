export default definePageConfig({ navigationBarTitleText: '居民积分' });
