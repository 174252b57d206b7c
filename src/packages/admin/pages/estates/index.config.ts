export default definePageConfig({ navigationBarTitleText: '小区与楼栋' });
