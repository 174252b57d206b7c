export default definePageConfig({ navigationBarTitleText: '志愿者认证审核' });
