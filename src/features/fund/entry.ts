/** The one piece of 社区微基金 the main package carries: the entry under the fund card on 首页. */
export { FundEntry } from './components/fund-entry';
