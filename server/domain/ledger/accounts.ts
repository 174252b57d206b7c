/**
 * Account ids within a community. Money (fen) and points never share an account.
 * - fund: the micro-fund's money; never below zero.
 * - donors: where donated money comes from (outside the system; may go negative = total given).
 * - expenses / payouts: where spent money goes.
 * - issuance: the only points account allowed below zero (its negative = points in circulation + redeemed).
 * - redeemed: points given back for goods.
 * - points:<userId>: a person's points; never below zero.
 */
export const ACCOUNTS = {
  fund: { id: 'fund', unit: 'fen', kind: 'fund', mayGoNegative: false },
  donors: { id: 'donors', unit: 'fen', kind: 'donors', mayGoNegative: true },
  expenses: { id: 'expenses', unit: 'fen', kind: 'expenses', mayGoNegative: false },
  payouts: { id: 'payouts', unit: 'fen', kind: 'payouts', mayGoNegative: false },
  issuance: { id: 'issuance', unit: 'points', kind: 'issuance', mayGoNegative: true },
  redeemed: { id: 'redeemed', unit: 'points', kind: 'redeemed', mayGoNegative: false },
} as const;

export type Unit = 'fen' | 'points';

export const pointsAccountId = (userId: string) => `points:${userId}`;
