import { z } from 'zod';
import { SURVEY_CHOICES, SURVEY_TARGET_KINDS } from '../enums';
import type {
  SurveyCadreCandidate,
  SurveyForRater,
  SurveyRated,
  SurveyResults,
  SurveyRosterPerson,
  SurveyRoundView,
  SurveySettings,
} from '../survey-models';
import { action, communityId, id, longText, member, only, searchText, shortText, staff } from './define';

const choice = z.enum(SURVEY_CHOICES);
/** Optional words with a rating, shown later without a name (and only from 10 raters up). */
const words = longText(200).optional();
const roundRef = { communityId, roundId: id };
const paperEntry = only('grid_worker', 'staff', 'admin');

/**
 * 民心测评: a quarterly round in which residents rate the community's cadres and finished projects
 * 满意 / 基本满意 / 不满意. Who rated is stored apart from what was rated, with nothing linking the two, so
 * no action (staff and admins included) can answer who gave which rating. Results show only for closed
 * rounds, and for a target only from 10 raters up.
 */
export const surveys = {
  /** The open round (if any) with the targets the caller has already rated, and the latest closed round. */
  current: action<SurveyForRater>()({ input: z.object({ communityId }).strict(), access: member }),
  /** One rating per resident per target per round; a second attempt answers SURVEYS.ALREADY_RATED. */
  rate: action<SurveyRated>()({
    input: z.object({ ...roundRef, targetId: id, choice, words }).strict(),
    access: member,
    mutating: true,
  }),

  // grid workers and staff: ratings collected on paper (纸质测评表)
  /** Residents the caller may enter paper ratings for (a grid worker: their grid's; staff: everyone), with progress. */
  roster: action<SurveyRosterPerson[]>()({
    input: z.object({ ...roundRef, query: searchText(20).optional() }).strict(),
    access: paperEntry,
  }),
  /** One resident's paper form (at least one rating): all of it or nothing (a target they already rated refuses the whole form). */
  enterPaper: action<SurveyRated>()({
    input: z
      .object({
        ...roundRef,
        residentId: id,
        ratings: z
          .array(z.object({ targetId: id, choice, words }).strict())
          .max(50)
          .refine((rs) => new Set(rs.map((r) => r.targetId)).size === rs.length, '同一个对象填了两次'),
      })
      .strict(),
    access: paperEntry,
    mutating: true,
  }),

  // staff
  /** Every round, newest first, with targets (no results). */
  rounds: action<SurveyRoundView[]>()({ input: z.object({ communityId }).strict(), access: member }),
  /** Staff members who can be rated as cadres. */
  cadres: action<SurveyCadreCandidate[]>()({ input: z.object({ communityId }).strict(), access: staff }),
  /** Opens a round, e.g. 2026年第四季度; only one open at a time. */
  openRound: action<SurveyRoundView>()({
    input: z.object({ communityId, title: shortText(30) }).strict(),
    access: staff,
    mutating: true,
  }),
  /** A cadre (a staff member, with the name, duties and photo shown to raters) or a finished project. */
  addTarget: action<SurveyRoundView>()({
    input: z
      .object({
        ...roundRef,
        kind: z.enum(SURVEY_TARGET_KINDS),
        /** A cadre: the staff member rated (see `cadres`). */
        cadreId: id.optional(),
        /** The cadre's name or the project's title. */
        name: shortText(40),
        /** A cadre's duties (职责) or a project's description. */
        about: longText(500),
        /** A photo uploaded with purpose survey_photo (a cadre's portrait, a project's result). */
        photoFileId: z.uuid().optional(),
        /** A project: the 项目清单 appeal it carried out, if any. */
        appealId: id.optional(),
      })
      .strict(),
    access: staff,
    mutating: true,
  }),
  /** Only a target nobody has rated yet. */
  removeTarget: action<SurveyRoundView>()({
    input: z.object({ ...roundRef, targetId: id }).strict(),
    access: staff,
    mutating: true,
  }),
  closeRound: action<SurveyRoundView>()({
    input: z.object(roundRef).strict(),
    access: staff,
    mutating: true,
  }),

  // in the open
  /** A closed round's results (default: the latest closed round) and the trend; flags for admins only. */
  results: action<SurveyResults>()({
    input: z.object({ communityId, roundId: id.optional() }).strict(),
    access: member,
  }),
  /** Admins: the satisfaction (percent) under which a target is flagged to them (default 80). */
  setThreshold: action<SurveySettings>()({
    input: z.object({ communityId, flagBelow: z.number().int().min(1).max(100) }).strict(),
    access: only('admin'),
    mutating: true,
  }),
};
