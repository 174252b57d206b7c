import { action } from '@/lib/cloud';

export const fetchTicket = action('events', 'ticket');
/** A linked relative carrying the elder's ticket (家人代办); the server checks the link. */
export const fetchElderTicket = action('family', 'ticket');
