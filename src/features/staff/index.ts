import './components/staff.css';

export { useStaffStore } from './stores/staff-store';
export { useManageStore } from './stores/manage-store';
export { useShiftsStore } from './stores/shifts-store';
export { StaffEventRow } from './components/staff-event-row';
export { RosterList } from './components/roster-list';
export { CheckInBox, checkInText } from './components/check-in-box';
export { EventForm } from './components/event-form';
export { ManageActions } from './components/manage-actions';
export { ShiftRow } from './components/shift-row';
