export default definePageConfig({ navigationBarTitleText: '微基金公示', enablePullDownRefresh: false });
