export default defineAppConfig({
  // WeChat's privacy check on: privacy APIs wait for consent given in our own sheet (features/privacy).
  __usePrivacyCheck__: true,
  // Inject only the components a page uses, not every registered one (WeChat flags this at upload).
  lazyCodeLoading: 'requiredComponents',
  pages: [
    'pages/home/index',
    'pages/events/index',
    'pages/me/index',
    'pages/event/index',
    'pages/join/index',
    'pages/ticket/index',
    'pages/claim/index',
  ],
  subPackages: [
    {
      root: 'packages/staff',
      pages: [
        'pages/events/index',
        'pages/manage/index',
        'pages/roster/index',
        'pages/shifts/index',
        'pages/appeals/index',
        'pages/appeal/index',
        'pages/grids/index',
        'pages/appeal-categories/index',
      ],
    },
    {
      root: 'packages/grid',
      pages: ['pages/proxy/index', 'pages/mine/index', 'pages/appeal/index', 'pages/record/index'],
    },
    {
      root: 'packages/appeals',
      pages: ['pages/new/index', 'pages/mine/index', 'pages/detail/index', 'pages/report/index'],
    },
    {
      root: 'packages/surveys',
      pages: ['pages/rate/index', 'pages/results/index', 'pages/paper/index', 'pages/manage/index'],
    },
    {
      root: 'packages/deliberation',
      pages: ['pages/list/index', 'pages/detail/index', 'pages/paper/index', 'pages/new/index'],
    },
    { root: 'packages/dev', pages: ['pages/login/index'] },
    { root: 'packages/desk', pages: ['pages/login/index'] },
    {
      root: 'packages/admin',
      pages: [
        'pages/index/index',
        'pages/members/index',
        'pages/rules/index',
        'pages/estates/index',
        'pages/audit/index',
        'pages/operator/index',
        'pages/import/index',
      ],
    },
    { root: 'packages/account', pages: ['pages/invite/index', 'pages/privacy/index', 'pages/pc/index'] },
    { root: 'packages/announcements', pages: ['pages/detail/index', 'pages/manage/index'] },
    { root: 'packages/family', pages: ['pages/index/index', 'pages/elder/index'] },
    { root: 'packages/notices', pages: ['pages/inbox/index'] },
    {
      root: 'packages/points',
      pages: [
        'pages/mine/index',
        'pages/certificate/index',
        'pages/apply/index',
        'pages/admin/index',
        'pages/applications/index',
        'pages/residents/index',
        'pages/ledger/index',
      ],
    },
    {
      root: 'packages/fund',
      pages: [
        'pages/board/index',
        'pages/staff/index',
        'pages/donate/index',
        'pages/expense/index',
        'pages/approve/index',
      ],
    },
    {
      root: 'packages/shop',
      pages: [
        'pages/items/index',
        'pages/mine/index',
        'pages/redemption/index',
        'pages/merchant/index',
        'pages/editor/index',
      ],
    },
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
