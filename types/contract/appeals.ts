import { z } from 'zod';
import { APPEAL_CHANNELS, APPEAL_ENDINGS, APPEAL_LINK_KINDS, APPEAL_LISTS, APPEAL_STATUSES } from '../enums';
import type {
  AppealCategoryView,
  AppealDetail,
  AppealPage,
  AppealReport,
  AppealSummary,
  AssigneeView,
  ExportFile,
} from '../models';
import { action, communityId, id, longText, member, only, phone, searchText, shortText, staff } from './define';

/** An uploaded file's id (files.upload returns it); the server checks it is the caller's, unused, of the right kind. */
const fileId = id;
const photos = z.array(fileId).max(6);
const appealRef = { communityId, appealId: id };
/** Free words (may be empty, may span lines): the contract's one text rule (NFC, no hidden characters). */
const words = (max: number) => longText(max);
const month = z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, 'month');
const handlers = only('grid_worker', 'staff', 'admin');

/** What the resident says and shows; `words` may be empty when a voice note carries it. */
const telling = {
  categoryId: id,
  words: words(1000),
  photos: photos.optional(),
  voiceFileId: fileId.optional(),
  /** Defaults to the resident's own building. */
  place: z.object({ estateId: id, building: shortText(20) }).strict().optional(),
  /** Whether the name may appear in the public report (else 张*英). */
  namePublic: z.boolean(),
};

/**
 * 民情诉求. Every step is an append-only timeline entry; the status on the appeal row is derived from it.
 * Who sees what: the submitter their own; a grid worker their grid's; the responsible person theirs;
 * staff all of the community; `report` is public to members (no phones, names only with consent).
 * An appeal the caller may not see answers APPEALS.NOT_FOUND.
 */
export const appeals = {
  categories: action<AppealCategoryView[]>()({ input: z.object({ communityId }).strict(), access: member }),
  /** Create (no categoryId) or change a category and its deadlines; new deadlines apply to new appeals. */
  saveCategory: action<AppealCategoryView>()({
    input: z
      .object({
        communityId,
        categoryId: id.optional(),
        name: shortText(20),
        acceptWorkingDays: z.number().int().min(0).max(30),
        finishDays: z.number().int().min(1).max(365),
      })
      .strict(),
    access: staff,
    mutating: true,
  }),

  // residents
  submit: action<AppealDetail>()({
    input: z.object({ communityId, ...telling }).strict(),
    access: member,
    mutating: true,
  }),
  mine: action<AppealSummary[]>()({ input: z.object({ communityId }).strict(), access: member }),
  detail: action<AppealDetail>()({ input: z.object(appealRef).strict(), access: member }),
  /** The submitter, once closed: 1–5 stars and words (事后综合评价). */
  rate: action<AppealDetail>()({
    input: z.object({ ...appealRef, stars: z.number().int().min(1).max(5), words: words(500).optional() }).strict(),
    access: member,
    mutating: true,
  }),
  /** The submitter, once per appeal, within 7 days of closing: back to the responsible person. */
  reopen: action<AppealDetail>()({
    input: z.object({ ...appealRef, words: shortText(500) }).strict(),
    access: member,
    mutating: true,
  }),

  // grid workers and staff
  /** Recorded for a resident who came by another channel: an existing member, or name + building (+ phone). */
  recordOnBehalf: action<AppealDetail>()({
    input: z
      .object({
        communityId,
        channel: z.enum(APPEAL_CHANNELS),
        resident: z.union([
          z.object({ userId: id }).strict(),
          z
            .object({ name: shortText(20), phone: phone.optional(), estateId: id, building: shortText(20), unit: shortText(20) })
            .strict(),
        ]),
        ...telling,
      })
      .strict(),
    access: handlers,
    mutating: true,
  }),
  /**
   * A grid worker: their grid's and those they are responsible for (scope 'grid' | 'responsible');
   * staff: the whole community (scope 'all', the default for staff). 50 per page, newest first.
   */
  listForMe: action<AppealPage>()({
    input: z
      .object({
        communityId,
        scope: z.enum(['grid', 'responsible', 'all']).optional(),
        status: z.enum(APPEAL_STATUSES).optional(),
        gridId: id.optional(),
        categoryId: id.optional(),
        overdue: z.boolean().optional(),
        list: z.enum(APPEAL_LISTS).optional(),
        query: searchText(40).optional(),
        page: z.number().int().min(0).max(10_000).optional(),
      })
      .strict(),
    access: handlers,
  }),
  /** The grid's worker (or staff) takes it on; two at once → exactly one wins (APPEALS.ALREADY_ACCEPTED). */
  accept: action<AppealDetail>()({ input: z.object(appealRef).strict(), access: handlers, mutating: true }),
  /** Staff name the 第一责任人 (staff or a grid worker); changing an existing one needs a reason. */
  assign: action<AppealDetail>()({
    input: z.object({ ...appealRef, responsibleId: id, reason: words(200).optional() }).strict(),
    access: staff,
    mutating: true,
  }),
  addProgress: action<AppealDetail>()({
    input: z.object({ ...appealRef, words: shortText(1000), photos: photos.optional() }).strict(),
    access: handlers,
    mutating: true,
  }),
  /** 已解决 / 已解释 / 不受理; a refused duplicate names the original (duplicateOf). */
  close: action<AppealDetail>()({
    input: z
      .object({
        ...appealRef,
        ending: z.enum(APPEAL_ENDINGS),
        words: shortText(1000),
        photos: photos.optional(),
        duplicateOf: id.optional(),
      })
      .strict(),
    access: handlers,
    mutating: true,
  }),
  /** People staff may name as responsible. */
  assignees: action<AssigneeView[]>()({ input: z.object({ communityId }).strict(), access: staff }),

  // staff
  /** 需求清单 / 问题清单 / 项目清单, or null to take it off the lists. */
  sortIntoList: action<AppealDetail>()({
    input: z.object({ ...appealRef, list: z.enum(APPEAL_LISTS).nullable() }).strict(),
    access: staff,
    mutating: true,
  }),
  /** A 项目清单 appeal linked to (or, with remove, unlinked from) a fund expense or an event that carries it out. */
  linkProject: action<AppealDetail>()({
    input: z
      .object({ ...appealRef, kind: z.enum(APPEAL_LINK_KINDS), targetId: id, remove: z.boolean().optional() })
      .strict(),
    access: staff,
    mutating: true,
  }),

  // in the open
  /** 月度公示: month is YYYY-MM in China time. */
  report: action<AppealReport>()({ input: z.object({ communityId, month }).strict(), access: member }),
  exportReport: action<ExportFile>()({ input: z.object({ communityId, month }).strict(), access: staff }),
};
