export default definePageConfig({ navigationBarTitleText: '基金规则' });
