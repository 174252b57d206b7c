import { create } from 'zustand';
import type { Ticket } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { fetchTicket } from '../services/ticket.service';

interface TicketState {
  ticket: Ticket | null;
  loading: boolean;
  error: string | null;
  load: (communityId: string, registrationId: string) => Promise<void>;
  reset: () => void;
}

const initial = { ticket: null, loading: false, error: null };

export const useTicketStore = create<TicketState>()((set, get) => ({
  ...initial,
  load: async (communityId, registrationId) => {
    if (get().ticket?.registrationId !== registrationId) set({ ticket: null });
    set({ loading: true, error: null });
    try {
      set({ ticket: await fetchTicket(communityId, registrationId), loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  reset: () => set(initial),
}));
