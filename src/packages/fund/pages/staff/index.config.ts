export default definePageConfig({ navigationBarTitleText: '微基金管理' });
