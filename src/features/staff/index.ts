import './components/staff.css';

export { useStaffStore } from './stores/staff-store';
export { StaffEventRow } from './components/staff-event-row';
export { RosterList } from './components/roster-list';
