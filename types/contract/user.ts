import { z } from 'zod';
import { CODE_PATTERN, PC_CHALLENGE_PATTERN } from '../codes';
import type { DeletionResult, InviteRedeemed, Me, Membership, MyData, PcLoginConfirmed, PcSessionView } from '../models';
import { action, communityId, id, phone, roomNumber, shortText, signedIn } from './define';

export const user = {
  me: action<Me>()({ input: z.object({}).strict(), access: signedIn }),
  join: action<Membership>()({
    input: z
      .object({
        communityId,
        estateId: id,
        building: shortText(20),
        unit: shortText(20),
        /** 门牌号: optional for old clients; the join page asks for it. */
        room: roomNumber.optional(),
        acceptPrivacy: z.literal(true),
      })
      .strict(),
    access: signedIn,
    mutating: true,
  }),
  /** A one-time invite code (or its QR) from an admin or the operator: joins the community if need be, grants the role. */
  redeemInvite: action<InviteRedeemed>()({
    input: z
      .object({ code: z.string().trim().toUpperCase().regex(CODE_PATTERN, 'code'), acceptPrivacy: z.literal(true) })
      .strict(),
    access: signedIn,
    mutating: true,
  }),
  /**
   * 电脑登录: the scanned challenge of a PC's QR, confirmed on the phone. Only someone holding staff,
   * admin, grid_worker or committee in some community; refused from a PC session itself.
   */
  confirmPcLogin: action<PcLoginConfirmed>()({
    input: z.object({ challenge: z.string().trim().regex(PC_CHALLENGE_PATTERN, 'challenge') }).strict(),
    access: signedIn,
    mutating: true,
  }),
  /** My signed-in PCs, newest first. */
  pcSessions: action<PcSessionView[]>()({ input: z.object({}).strict(), access: signedIn }),
  /** Sign one of my PCs out (from the phone); answers the remaining list. */
  endPcSession: action<PcSessionView[]>()({ input: z.object({ id }).strict(), access: signedIn, mutating: true }),
  updateProfile: action<Me>()({
    input: z
      .object({
        name: shortText(20).optional(),
        birthYear: z.number().int().min(1900).max(2030).optional(),
        phone: phone.optional(),
      })
      .strict(),
    access: signedIn,
    mutating: true,
  }),
  myData: action<MyData>()({ input: z.object({}).strict(), access: signedIn }),
  deleteMe: action<DeletionResult>()({
    input: z.object({ confirm: z.literal('删除我的数据') }).strict(),
    access: signedIn,
    mutating: true,
  }),
};
