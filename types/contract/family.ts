import { z } from 'zod';
import type { FamilyCode, FamilyOverview, RegistrationView, Ticket } from '../models';
import { action, communityId, id, member } from './define';

const elderRef = { communityId, elderId: id };

/** Eight digits (read aloud as two groups of four): see the guessing budget in family.service.ts. */
export const FAMILY_CODE_DIGITS = 8;

/**
 * 家人代办. The elder creates a code and shows it to a relative; the relative enters it and may then
 * sign up for the elder and see the elder's registrations. Identity is always the caller; `elderId`
 * is only a target, checked against a link in the community.
 */
export const family = {
  overview: action<FamilyOverview>()({ input: z.object({ communityId }).strict(), access: member }),
  createCode: action<FamilyCode>()({ input: z.object({ communityId }).strict(), access: member, mutating: true }),
  link: action<FamilyOverview>()({
    input: z.object({ communityId, code: z.string().trim().regex(/^\d{8}$/, 'code') }).strict(), // FAMILY_CODE_DIGITS
    access: member,
    mutating: true,
  }),
  unlink: action<FamilyOverview>()({
    input: z.object({ communityId, linkId: id }).strict(),
    access: member,
    mutating: true,
  }),
  signupFor: action<RegistrationView>()({
    input: z.object({ ...elderRef, eventId: id, partySize: z.number().int().min(1).max(10) }).strict(),
    access: member,
    mutating: true,
  }),
  registrations: action<RegistrationView[]>()({ input: z.object(elderRef).strict(), access: member }),
  ticket: action<Ticket>()({ input: z.object({ ...elderRef, registrationId: id }).strict(), access: member }),
};
