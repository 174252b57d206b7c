/** The one piece of 志愿积分 the main package carries: the entry on 我的. */
export { MyPointsEntry } from './components/my-points-entry';
