/** The one piece of 民情诉求 the main package carries: the big card on 首页. */
export { AppealEntry } from './components/appeal-entry';
