export default definePageConfig({ navigationBarTitleText: '民情月报公示' });
