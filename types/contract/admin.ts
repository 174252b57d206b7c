import { z } from 'zod';
import { GRANTED_ROLES, INVITE_ROLES } from '../enums';
import type { AdminMember, CreatedInvite, EstateBrief, InviteView, RulesView } from '../models';
import { action, communityId, id, isoTime, only, searchText, shortText } from './define';

const admin_ = only('admin');
/** Named `memberId` / `memberRole`, not userId / role: those names are the forged fields the guardrails send. */
const roleChange = z.object({ communityId, memberId: id, memberRole: z.enum(GRANTED_ROLES) }).strict();

/**
 * The community administrator's desk (issue 15): members and their roles, one-time invites, the
 * fund rules as versions, estates and buildings. Every change is audited and, for a person, notified.
 */
export const admin = {
  members: action<AdminMember[]>()({
    input: z.object({ communityId, search: searchText(20) }).strict(),
    access: admin_,
  }),
  grantRole: action<AdminMember>()({ input: roleChange, access: admin_, mutating: true }),
  revokeRole: action<AdminMember>()({ input: roleChange, access: admin_, mutating: true }),
  invites: action<InviteView[]>()({ input: z.object({ communityId }).strict(), access: admin_ }),
  createInvite: action<CreatedInvite>()({
    input: z.object({ communityId, inviteRole: z.enum(INVITE_ROLES) }).strict(),
    access: admin_,
    mutating: true,
  }),
  revokeInvite: action<InviteView[]>()({
    input: z.object({ communityId, inviteId: id }).strict(),
    access: admin_,
    mutating: true,
  }),
  rules: action<RulesView>()({ input: z.object({ communityId }).strict(), access: admin_ }),
  setRules: action<RulesView>()({
    input: z
      .object({
        communityId,
        approvalsRequired: z.number().int().min(0).max(9),
        approvalThresholdFen: z.number().int().min(0).max(100_000_000),
        pointValueFen: z.number().int().min(1).max(10_000),
        pointsPerHour: z.number().int().min(0).max(100),
        /** From when the new rules hold (default: now); never earlier than now. */
        effectiveFrom: isoTime.optional(),
      })
      .strict(),
    access: admin_,
    mutating: true,
  }),
  saveEstate: action<EstateBrief[]>()({
    input: z
      .object({
        communityId,
        /** Absent: a new estate. */
        estateId: id.optional(),
        name: shortText(30),
        buildings: z
          .array(shortText(20))
          .max(300)
          .refine((b) => new Set(b).size === b.length, '重复的楼栋'),
      })
      .strict(),
    access: admin_,
    mutating: true,
  }),
};
