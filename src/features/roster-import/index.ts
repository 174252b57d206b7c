export { useImportStore } from './stores/import-store';
export { PlanTable } from './components/plan-table';
