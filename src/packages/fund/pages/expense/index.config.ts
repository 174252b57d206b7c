export default definePageConfig({ navigationBarTitleText: '申请支出' });
