export default definePageConfig({ navigationBarTitleText: '民心测评' });
