import { z } from 'zod';
import { TOPIC_KINDS, TOPIC_LINK_KINDS, TOPIC_SOURCES } from '../enums';
import type { HouseholdView, RosterHousehold, TopicDetail, TopicSummary, TopicVote } from '../models';
import { action, communityId, fileIds, id, isoTime, longText, member, only, roomNumber, searchText, shortText, staff } from './define';

const topicRef = { communityId, topicId: id };
const workers = only('grid_worker', 'staff', 'admin');

/**
 * 协商议事 and 评选. A 议题 takes one ballot per household (the first member to vote casts it; only that member may
 * change it until close; grid workers and staff enter 纸质票 for households without a phone — online or paper, never
 * both). A 评选 takes one ballot per resident. While a topic is open only the turnout is shown; the result is computed
 * once at close and stored. A topic the caller may not see answers DELIBERATION.NOT_FOUND.
 */
export const deliberation = {
  /** Open and upcoming topics in the caller's scope, then closed ones (staff: all). Newest first. */
  list: action<TopicSummary[]>()({ input: z.object({ communityId }).strict(), access: member }),
  /** The topic: options, the caller's household ballot, the turnout; after close the result and the 决议 trail. */
  detail: action<TopicDetail>()({ input: z.object(topicRef).strict(), access: member }),
  /** Cast (or, by the same member, change) the household's ballot — 评选: the caller's own. */
  vote: action<TopicVote>()({
    input: z.object({ ...topicRef, optionId: id }).strict(),
    access: member,
    mutating: true,
  }),

  // staff
  create: action<TopicDetail>()({
    input: z
      .object({
        communityId,
        kind: z.enum(TOPIC_KINDS),
        title: shortText(60),
        background: longText(2000),
        photos: fileIds(6).optional(),
        source: z.enum(TOPIC_SOURCES),
        /** The appeal it came from (source 'appeal' or 'project'). */
        sourceId: id.optional(),
        /** Empty: the whole community; an estate without buildings: the whole estate. */
        scope: z
          .array(z.object({ estateId: id, buildings: z.array(shortText(20)).max(50).optional() }).strict())
          .max(20),
        options: z
          .array(z.object({ label: shortText(40), photoFileId: z.uuid().optional() }).strict())
          .min(2)
          .max(20),
        opensAt: isoTime,
        closesAt: isoTime,
        quorumPct: z.number().int().min(0).max(100),
        passPct: z.number().int().min(1).max(100),
        meetingEventId: id.optional(),
      })
      .strict(),
    access: staff,
    mutating: true,
  }),
  /** Close now and publish the result (idempotent: a closed topic answers its stored result). */
  close: action<TopicDetail>()({ input: z.object(topicRef).strict(), access: staff, mutating: true }),
  /** The 决议: minutes and photos, after close. Recording again replaces the words; photos add up. */
  resolve: action<TopicDetail>()({
    input: z.object({ ...topicRef, words: shortText(2000), photos: fileIds(9).optional() }).strict(),
    access: staff,
    mutating: true,
  }),
  /** Link a fund expense or an event that carries the 决议 out. */
  link: action<TopicDetail>()({
    input: z.object({ ...topicRef, kind: z.enum(TOPIC_LINK_KINDS), targetId: id }).strict(),
    access: staff,
    mutating: true,
  }),

  // grid workers and staff
  /** The household roster of a 议题's scope (grid workers: their grid's buildings), with who has voted (not how). */
  roster: action<RosterHousehold[]>()({
    input: z.object({ ...topicRef, query: searchText(20).optional() }).strict(),
    access: workers,
  }),
  /** A 纸质票 for a household on the roster; refused when the household already has a ballot. */
  enterPaper: action<TopicDetail>()({
    input: z.object({ ...topicRef, householdId: id, optionId: id }).strict(),
    access: workers,
    mutating: true,
  }),
  /** Households with their members: a grid worker's grid, or (staff) the whole community. */
  households: action<HouseholdView[]>()({
    input: z.object({ communityId, query: searchText(20).optional() }).strict(),
    access: workers,
  }),
  /** Staff correct a member's address (building, unit, room); the household follows. Audited. */
  setAddress: action<HouseholdView>()({
    input: z
      .object({
        communityId,
        residentId: id,
        estateId: id,
        building: shortText(20),
        unit: shortText(20).optional(),
        room: roomNumber,
      })
      .strict(),
    access: staff,
    mutating: true,
  }),
};
