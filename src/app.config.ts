export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/events/index',
    'pages/me/index',
    'pages/event/index',
    'pages/join/index',
  ],
  subPackages: [
    { root: 'packages/staff', pages: ['pages/events/index', 'pages/roster/index'] },
    { root: 'packages/dev', pages: ['pages/login/index'] },
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '邻里',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f3f0',
  },
  tabBar: {
    color: '#333333',
    selectedColor: '#b3261e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/events/index', text: '活动' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
});
