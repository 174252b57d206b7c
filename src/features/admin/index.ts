/** The community admin's desk and the platform operator's page (subpackage admin). */
export { useAdminStore } from './stores/admin-store';
export { useOperatorStore } from './stores/operator-store';
export { InviteCard } from './components/invite-card';
export { MemberRow } from './components/member-row';
export { RulesForm } from './components/rules-form';
export { EstateEditor, parseBuildings } from './components/estate-editor';
import './components/admin.css';
