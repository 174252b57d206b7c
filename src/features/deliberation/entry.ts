/** The one piece of 协商议事 the main package carries: the vote card on 首页. */
export { VoteEntry } from './components/vote-entry';
