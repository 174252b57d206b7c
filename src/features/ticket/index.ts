export { useTicketStore } from './stores/ticket-store';
