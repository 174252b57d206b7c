import type { Ticket } from '@linli/types';
import { call } from '@/lib/cloud';

export function fetchTicket(communityId: string, registrationId: string): Promise<Ticket> {
  return call('events', 'ticket', { communityId, registrationId });
}
