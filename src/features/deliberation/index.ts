import './components/deliberation.css';

export { useTopicStore } from './stores/topic-store';
export { useTopicsStore, topicToVote } from './stores/topics-store';
export { usePaperStore } from './stores/paper-store';
export { useNewTopicStore, scopeOf, type ScopePick } from './stores/new-topic-store';
export { ScopePicker, scopeText } from './components/scope-picker';
export { TopicHeader, OptionButtons, HouseholdBallot, ResultView, ResolutionTrail, Turnout } from './components/topic-view';
export * as deliberationService from './services/deliberation.service';
export { useHouseholdsStore } from './stores/households-store';
export { HouseholdList } from './components/household-list';
export { useLinkTargetsStore } from './stores/link-targets-store';
export { LinkPicker } from './components/link-picker';
export { SourcePicker, MeetingPicker } from './components/origin-picker';
