export default definePageConfig({ navigationBarTitleText: '议事投票' });
