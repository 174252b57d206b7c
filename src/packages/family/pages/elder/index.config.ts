export default definePageConfig({ navigationBarTitleText: '替家人报名' });
