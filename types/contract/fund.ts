import { z } from 'zod';
import { DONATION_FORMS, DONATION_SOURCES, EXPENSE_STATUSES } from '../enums';
import type { DonationView, ExpenseView, ExportFile, FundBoard, FundCard } from '../models';
import { action, communityId, fileUrl, id, longText, member, only, shortText, staff } from './define';

const fen = z.number().int().min(1).max(100_000_000_00);

export const fund = {
  card: action<FundCard>()({ input: z.object({ communityId }).strict(), access: member }),
  board: action<FundBoard>()({ input: z.object({ communityId }).strict(), access: member }),
  recordDonation: action<DonationView>()({
    input: z
      .object({
        communityId,
        source: z.enum(DONATION_SOURCES),
        form: z.enum(DONATION_FORMS),
        donorName: shortText(40),
        publicConsent: z.boolean(),
        amountFen: fen,
        itemsDesc: longText(200).optional(),
        evidenceUrl: fileUrl.optional(),
      })
      .strict(),
    access: staff,
    mutating: true,
  }),
  requestExpense: action<ExpenseView>()({
    input: z
      .object({ communityId, amountFen: fen, purpose: shortText(200), eventId: id.optional(), evidenceUrl: fileUrl.optional() })
      .strict(),
    access: staff,
    mutating: true,
  }),
  decideExpense: action<ExpenseView>()({
    input: z
      .object({ communityId, expenseId: id, approve: z.boolean(), note: longText(200).optional() })
      .strict(),
    access: only('committee'),
    mutating: true,
  }),
  payExpense: action<ExpenseView>()({
    input: z.object({ communityId, expenseId: id }).strict(),
    access: staff,
    mutating: true,
  }),
  expenses: action<ExpenseView[]>()({
    input: z.object({ communityId, status: z.enum(EXPENSE_STATUSES).optional() }).strict(),
    access: member,
  }),
  exportStatement: action<ExportFile>()({
    input: z
      .object({ communityId, month: z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, 'month') })
      .strict(),
    access: only('staff', 'admin', 'committee'),
  }),
};
