export default definePageConfig({ navigationBarTitleText: '身份任免' });
