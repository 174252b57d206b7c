export default definePageConfig({ navigationBarTitleText: '认领代报名' });
