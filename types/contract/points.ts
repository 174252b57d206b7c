import { z } from 'zod';
import { APPLICATION_STATUSES } from '../enums';
import type {
  InvariantReport,
  PointsOverview,
  PointsPage,
  PointsSummary,
  ResidentLedger,
  ResidentRow,
  VolunteerApplicationView,
  VolunteerCertificate,
} from '../models';
import {
  action,
  communityId,
  id,
  isoCursor,
  longText,
  member,
  only,
  phone,
  searchText,
  shortText,
  staff,
} from './define';

const adjust = z
  .object({
    communityId,
    residentId: id,
    amount: z.number().int().min(1).max(10_000),
    reason: shortText(100),
  })
  .strict();

export const points = {
  mine: action<PointsSummary>()({ input: z.object({ communityId }).strict(), access: member }),
  /** Older history, 30 at a time, after the cursor `mine` or the previous page gave. */
  history: action<PointsPage>()({
    input: z
      .object({
        communityId,
        before: isoCursor,
      })
      .strict(),
    access: member,
  }),
  certificate: action<VolunteerCertificate>()({ input: z.object({ communityId }).strict(), access: member }),
  apply: action<VolunteerApplicationView>()({
    input: z.object({ communityId, realName: shortText(20), phone }).strict(),
    access: member,
    mutating: true,
  }),
  myApplication: action<VolunteerApplicationView | null>()({
    input: z.object({ communityId }).strict(),
    access: member,
  }),
  applications: action<VolunteerApplicationView[]>()({
    input: z.object({ communityId, status: z.enum(APPLICATION_STATUSES).optional() }).strict(),
    access: staff,
  }),
  review: action<VolunteerApplicationView>()({
    input: z
      .object({
        communityId,
        applicationId: id,
        approve: z.boolean(),
        note: longText(100).optional(),
      })
      .strict(),
    access: staff,
    mutating: true,
  }),
  award: action<ResidentLedger>()({ input: adjust, access: staff, mutating: true }),
  deduct: action<ResidentLedger>()({ input: adjust, access: staff, mutating: true }),
  overview: action<PointsOverview>()({
    input: z.object({ communityId }).strict(),
    access: only('staff', 'admin', 'committee'),
  }),
  residents: action<ResidentRow[]>()({
    input: z.object({ communityId, query: searchText(40).optional() }).strict(),
    access: staff,
  }),
  ledger: action<ResidentLedger>()({
    input: z.object({ communityId, residentId: id }).strict(),
    access: staff,
  }),
  invariants: action<InvariantReport>()({
    input: z.object({ communityId }).strict(),
    access: only('staff', 'admin', 'committee'),
    mutating: true,
  }),
};
