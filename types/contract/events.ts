import { z } from 'zod';
import { CODE_PATTERN } from '../codes';
import { EVENT_CATEGORIES } from '../enums';
import type {
  AttendanceResult,
  CheckInResult,
  EventDetail,
  EventSummary,
  ExportFile,
  ProxySignupResult,
  RegistrationView,
  RosterEntry,
  ShiftView,
  StaffEventRow,
  Ticket,
} from '../models';
import { action, communityId, fileUrl, id, isoTime, longText, member, only, phone, roomNumber, searchText, shortText, staff } from './define';

const eventId = id;
/** What a ticket's QR holds (`L1.<community>.<registration>.<mac>`); anything else is no ticket. */
const ticketToken = z
  .string()
  .trim()
  .max(200)
  .refine((s) => /^L1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(s), {
    message: 'ticket',
    params: { errorCode: 'EVENTS.TICKET_INVALID' },
  })
  .meta({ format: 'ticket-token' });
const volunteerRole = z
  .object({
    id: id.optional(),
    name: shortText(20),
    quota: z.number().int().min(1).max(1000),
    /** Left out: a new role takes the community's standard in force now (admin 基金规则); a saved role keeps its own. */
    pointsPerHour: z.number().int().min(0).max(100).optional(),
  })
  .strict();

/** Every field staff set on an event. Time rules (end after start …) are checked in the domain. */
export const eventFields = {
  title: shortText(60),
  body: longText(5000),
  category: z.enum(EVENT_CATEGORIES),
  place: shortText(80),
  coverUrl: fileUrl.nullable(),
  startsAt: isoTime,
  endsAt: isoTime,
  signupOpensAt: isoTime,
  signupClosesAt: isoTime,
  cancelDeadline: isoTime,
  capacity: z.number().int().min(1).max(100_000),
  waitlistEnabled: z.boolean(),
  maxPartySize: z.number().int().min(1).max(10),
  minAge: z.number().int().min(1).max(120).nullable(),
  estateIds: z.array(id).max(50),
  attendancePoints: z.number().int().min(0).max(1000),
  reminderHours: z.number().int().min(0).max(168),
  volunteerRoles: z.array(volunteerRole).max(20),
};

const ref = z.object({ communityId, eventId }).strict();
const registrationRef = z.object({ communityId, registrationId: id }).strict();
const shiftRef = z.object({ communityId, shiftId: id }).strict();

export const events = {
  // residents
  list: action<EventSummary[]>()({
    input: z.object({ communityId, category: z.enum(EVENT_CATEGORIES).optional() }).strict(),
    access: member,
  }),
  detail: action<EventDetail>()({ input: ref, access: member }),
  signup: action<RegistrationView>()({
    input: z
      .object({ communityId, eventId, partySize: z.number().int().min(1).max(10), remind: z.boolean().optional() })
      .strict(),
    access: member,
    mutating: true,
  }),
  mine: action<RegistrationView[]>()({ input: z.object({ communityId }).strict(), access: member }),
  cancelRegistration: action<RegistrationView>()({ input: registrationRef, access: member, mutating: true }),
  ticket: action<Ticket>()({ input: registrationRef, access: member }),
  claimProxy: action<RegistrationView[]>()({
    input: z.object({ communityId, code: z.string().trim().regex(CODE_PATTERN, 'code') }).strict(),
    access: member,
    mutating: true,
  }),
  volunteerSignup: action<ShiftView>()({
    input: z.object({ communityId, eventId, roleId: id }).strict(),
    access: only('volunteer'),
    mutating: true,
  }),
  cancelShift: action<ShiftView>()({ input: shiftRef, access: member, mutating: true }),
  // grid workers
  proxySignup: action<ProxySignupResult>()({
    input: z
      .object({
        communityId,
        eventId,
        name: shortText(20),
        estateId: id,
        building: shortText(20),
        unit: shortText(20),
        /** 门牌号: puts the elder in a household (户), so a paper ballot can be entered for it. */
        room: roomNumber.optional(),
        phone: phone.optional(),
        birthYear: z.number().int().min(1900).max(2030),
        partySize: z.number().int().min(1).max(10),
      })
      .strict(),
    access: only('grid_worker', 'staff'),
    mutating: true,
  }),
  // staff
  staffList: action<StaffEventRow[]>()({ input: z.object({ communityId }).strict(), access: staff }),
  create: action<EventDetail>()({ input: z.object({ communityId, ...eventFields }).strict(), access: staff, mutating: true }),
  update: action<EventDetail>()({
    input: z.object({ communityId, eventId, ...eventFields }).partial().required({ communityId: true, eventId: true }).strict(),
    access: staff,
    mutating: true,
  }),
  publish: action<EventDetail>()({ input: ref, access: staff, mutating: true }),
  cancel: action<EventDetail>()({
    input: z.object({ communityId, eventId, reason: shortText(200) }).strict(),
    access: staff,
    mutating: true,
  }),
  finish: action<EventDetail>()({ input: ref, access: staff, mutating: true }),
  roster: action<RosterEntry[]>()({
    input: z.object({ communityId, eventId, query: searchText(40).optional() }).strict(),
    access: staff,
  }),
  checkInByCode: action<CheckInResult>()({
    // Per event, as a door is: a ticket for another event is refused, naming that event.
    input: z
      .object({ communityId, eventId, token: ticketToken })
      .strict(),
    access: staff,
    mutating: true,
  }),
  checkInByRoster: action<CheckInResult>()({ input: registrationRef, access: staff, mutating: true }),
  shifts: action<ShiftView[]>()({ input: ref, access: staff }),
  shiftCheckIn: action<ShiftView>()({ input: shiftRef, access: staff, mutating: true }),
  shiftCheckOut: action<ShiftView>()({ input: shiftRef, access: staff, mutating: true }),
  adjustShift: action<ShiftView>()({
    input: z.object({ communityId, shiftId: id, minutes: z.number().int().min(0).max(1440) }).strict(),
    access: staff,
    mutating: true,
  }),
  confirmAttendance: action<AttendanceResult>()({ input: ref, access: staff, mutating: true }),
  exportRoster: action<ExportFile>()({ input: ref, access: staff }),
};
