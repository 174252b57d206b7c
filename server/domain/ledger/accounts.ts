/**
 * Account ids within a community. Money (fen) and points never share an account.
 * - fund: the micro-fund's cash; never below zero.
 * - donors: where donated money and goods come from (outside; negative = total given).
 * - in_kind: the valuation of donated goods (not spendable cash).
 * - merchant_payable: fund money committed to redemptions not yet fulfilled.
 * - expenses / payouts: where spent money goes (paid expenses; fulfilled redemptions).
 * - issuance: the only points account allowed below zero (its negative = points ever issued net).
 * - redeemed: points given back for goods.
 * - points:<userId>: a person's points; never below zero.
 */
import type { AccountKind, Unit } from '@linli/types';

export const ACCOUNTS = {
  fund: { id: 'fund', unit: 'fen', kind: 'fund', mayGoNegative: false },
  donors: { id: 'donors', unit: 'fen', kind: 'donors', mayGoNegative: true },
  inKind: { id: 'in_kind', unit: 'fen', kind: 'in_kind', mayGoNegative: false },
  merchantPayable: { id: 'merchant_payable', unit: 'fen', kind: 'merchant_payable', mayGoNegative: false },
  expenses: { id: 'expenses', unit: 'fen', kind: 'expenses', mayGoNegative: false },
  payouts: { id: 'payouts', unit: 'fen', kind: 'payouts', mayGoNegative: false },
  issuance: { id: 'issuance', unit: 'points', kind: 'issuance', mayGoNegative: true },
  redeemed: { id: 'redeemed', unit: 'points', kind: 'redeemed', mayGoNegative: false },
} as const satisfies Record<string, { id: string; unit: Unit; kind: AccountKind; mayGoNegative: boolean }>;

export type { Unit } from '@linli/types';

export const pointsAccountId = (userId: string) => `points:${userId}`;
