import './components/surveys.css';

export { useSurveyRateStore } from './stores/rate-store';
export { useSurveyResultsStore } from './stores/results-store';
export { useSurveyPaperStore } from './stores/paper-store';
export { useSurveyManageStore } from './stores/manage-store';
export { ChoiceButtons } from './components/choice-buttons';
export { TargetHead } from './components/target-head';
export { ResultsView } from './components/results-view';
