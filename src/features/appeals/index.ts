import './components/appeals.css';

export { useNewAppealStore, toSubmitInput, MAX_PHOTOS } from './stores/new-appeal-store';
export { AppealForm } from './components/appeal-form';
export { PhotoStrip } from './components/photo-strip';
export { Stars } from './components/stars';
export { HBars } from './components/hbars';
export { useAppealStore } from './stores/appeal-store';
export { AppealCard } from './components/appeal-card';
export { AppealRow } from './components/appeal-row';
export { RateBox } from './components/rate-box';
export { Timeline } from './components/timeline';
export { statusText, placeText } from './components/labels';
export * as appealsService from './services/appeals.service';
export { useAppealListStore } from './stores/list-store';
export { useAppealReportStore, lastMonths, monthLabel } from './stores/report-store';
export { ReportView } from './components/report-view';
