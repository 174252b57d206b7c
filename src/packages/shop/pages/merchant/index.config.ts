export default definePageConfig({ navigationBarTitleText: '商家核销' });
