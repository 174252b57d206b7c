import './components/me.css';

export { useMeStore } from './stores/me-store';
export { useClaimStore, normalizeCode } from './stores/claim-store';
export { ProfileCard } from './components/profile-card';
export { ProfileForm } from './components/profile-form';
export { MyRegistrations } from './components/my-registrations';
export { MyPoints } from './components/my-points';
export { ElderModeSwitch } from './components/elder-mode-switch';
