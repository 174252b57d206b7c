import type { Ticket } from '@linli/types';
import { call } from '@/lib/cloud';

export function fetchTicket(communityId: string, registrationId: string): Promise<Ticket> {
  return call('events', 'ticket', { communityId, registrationId });
}

/** A linked relative carrying the elder's ticket (家人代办); the server checks the link. */
export function fetchElderTicket(
  communityId: string,
  elderId: string,
  registrationId: string,
): Promise<Ticket> {
  return call('family', 'ticket', { communityId, elderId, registrationId });
}
