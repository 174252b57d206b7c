export default definePageConfig({ navigationBarTitleText: '处理诉求' });
