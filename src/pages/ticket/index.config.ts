export default definePageConfig({ navigationBarTitleText: '报名二维码' });
