/** 志愿积分 for the points subpackage. The 我的 entry lives in ./entry (kept out of this barrel, so the main package stays small). */
import './components/points.css';

export { useMyPointsStore } from './stores/my-points-store';
export { usePointsAdminStore } from './stores/points-admin-store';
export { useApplicationsStore } from './stores/applications-store';
export { useLedgerStore, parseAmount, type AdjustKind } from './stores/ledger-store';
export { formatMinutes } from './format';
export { PointsSummaryCard } from './components/points-summary';
export { PointsHistory } from './components/points-history';
export { CertificateDoc } from './components/certificate-doc';
export { ApplyForm, validateApplication } from './components/apply-form';
export { ApplicationState, ApplicationBadge, APPLICATION_LABELS } from './components/application-state';
export { ApplicationRow } from './components/application-row';
export { InvariantList } from './components/invariant-list';
export { OverviewPanel } from './components/overview-panel';
export { ResidentRow, residentAddress } from './components/resident-row';
export { AdjustForm } from './components/adjust-form';
export { useHasRole } from '@/features/session';
