import { create } from 'zustand';
import type { Ticket } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
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

export const useTicketStore = create<TicketState>()((set, get) => ({
  ...initial,
  load: async (communityId, registrationId, elderId) => {
    if (get().ticket?.registrationId !== registrationId) set({ ticket: null });
    set({ loading: true, error: null });
    try {
      const ticket = elderId
        ? await fetchElderTicket(communityId, elderId, registrationId)
        : await fetchTicket(communityId, registrationId);
      set({ ticket, loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  reset: () => set(initial),
}));
