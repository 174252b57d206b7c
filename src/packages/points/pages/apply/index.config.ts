export default definePageConfig({ navigationBarTitleText: '志愿者认证' });
