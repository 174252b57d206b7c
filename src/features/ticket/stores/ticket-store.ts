import { create } from 'zustand';
import type { Ticket } from '@linli/types';
import { storeTasks } from '@/lib/store-task';
import { fetchElderTicket, fetchTicket } from '../services/ticket.service';

interface TicketState {
  ticket: Ticket | null;
  loading: boolean;
  error: string | null;
  /** `elderId` when a relative opens a linked elder's ticket. */
  load: (communityId: string, registrationId: string, elderId?: string) => Promise<void>;
  reset: () => void;
}

const initial = { ticket: null, loading: false, error: null };

export const useTicketStore = create<TicketState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId, registrationId, elderId) => {
      if (get().ticket?.registrationId !== registrationId) set({ ticket: null });
      await tasks.fetch(
        () =>
          elderId
            ? fetchElderTicket({ communityId, elderId, registrationId })
            : fetchTicket({ communityId, registrationId }),
        (ticket) => ({ ticket }),
      );
    },
    reset: () => set(initial),
  };
});
