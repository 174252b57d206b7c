import { z } from 'zod';
import { CODE_PATTERN } from '../codes';
import { REDEMPTION_STATUSES } from '../enums';
import type { RedemptionView, ShopItemView } from '../models';
import { action, communityId, fileUrl, id, member, only, shortText, staff } from './define';

const redemptionCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(CODE_PATTERN, 'code');

export const shop = {
  items: action<ShopItemView[]>()({ input: z.object({ communityId }).strict(), access: member }),
  redeem: action<RedemptionView>()({
    input: z.object({ communityId, itemId: id }).strict(),
    access: member,
    mutating: true,
  }),
  myRedemptions: action<RedemptionView[]>()({ input: z.object({ communityId }).strict(), access: member }),
  cancelRedemption: action<RedemptionView>()({
    input: z.object({ communityId, redemptionId: id }).strict(),
    access: member,
    mutating: true,
  }),
  fulfil: action<RedemptionView>()({
    input: z.object({ communityId, code: redemptionCode }).strict(),
    access: only('merchant'),
    mutating: true,
  }),
  merchantRedemptions: action<RedemptionView[]>()({
    input: z.object({ communityId, status: z.enum(REDEMPTION_STATUSES).optional() }).strict(),
    access: only('merchant'),
  }),
  saveItem: action<ShopItemView>()({
    input: z
      .object({
        communityId,
        itemId: id.optional(),
        title: shortText(40),
        merchantName: shortText(40),
        merchantUserId: id.nullable(),
        pointsPrice: z.number().int().min(1).max(100_000),
        costFen: z.number().int().min(0).max(10_000_000),
        stock: z.number().int().min(0).max(100_000),
        photoUrl: fileUrl.nullable(),
        active: z.boolean(),
      })
      .strict(),
    access: staff,
    mutating: true,
  }),
};
