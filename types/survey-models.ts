/**
 * What the 民心测评 (surveys) actions answer. None of these shapes ever pairs a person with a choice:
 * the rater side says who has rated which target (for one-per-person), the results side says what was
 * chosen, counted, with comments that carry no name.
 */
import type { SurveyChoice, SurveyRoundStatus, SurveyTargetKind } from './enums';

export interface SurveyTargetView {
  id: string;
  kind: SurveyTargetKind;
  /** The cadre's name or the project's title. */
  name: string;
  /** A cadre's duties (职责) or a project's description. */
  about: string;
  photoUrl: string | null;
  /** A project carried over from the 项目清单 (民情诉求), when linked. */
  appealId: string | null;
}

export interface SurveyRoundView {
  id: string;
  title: string;
  status: SurveyRoundStatus;
  openedAt: string;
  closedAt: string | null;
  targets: SurveyTargetView[];
  /** How many different residents have rated at least one target (a count of people, no choices). */
  raters: number;
}

/** The open round as one resident sees it: which targets they have already rated. */
export interface SurveyForRater {
  round: SurveyRoundView | null;
  /** Targets of the open round the caller has rated (never how). */
  ratedTargetIds: string[];
  /** The latest closed round with results, for the 查看结果 link. */
  lastClosed: { id: string; title: string } | null;
}

/** The reply to a rating: only that it is recorded, never what was chosen (the reply is kept with the request key). */
export interface SurveyRated {
  roundId: string;
  ratedTargetIds: string[];
  remaining: number;
}

export interface SurveyRosterPerson {
  userId: string;
  name: string;
  estateName: string | null;
  building: string | null;
  unit: string | null;
  offline: boolean;
  /** Targets of the round this person has already rated (online or on paper). */
  ratedTargetIds: string[];
}

export interface SurveyCadreCandidate {
  userId: string;
  name: string;
}

export interface SurveyTargetResult {
  target: SurveyTargetView;
  /** Below the floor (10 raters) everything below is null and the page says 参评人数不足. */
  enough: boolean;
  raters: number | null;
  counts: Record<SurveyChoice, number> | null;
  /** (满意 + 基本满意) / all, in percent with one decimal. */
  satisfaction: number | null;
  /** Words without names, in no meaningful order (random ids), only when enough. */
  comments: { choice: SurveyChoice; words: string }[] | null;
  /** Admins only: under the community's threshold. Always false for everyone else. */
  flagged: boolean;
}

export interface SurveyTrendPoint {
  roundId: string;
  title: string;
  closedAt: string;
  satisfaction: number | null;
  raters: number;
}

export interface SurveyResults {
  round: { id: string; title: string; status: SurveyRoundStatus; closedAt: string | null } | null;
  /** The floor below which a target shows nothing (10). */
  floor: number;
  targets: SurveyTargetResult[];
  /** Over the targets that reached the floor only, so hidden targets cannot be worked out by subtraction. */
  community: { satisfaction: number | null; raters: number };
  /** Closed rounds, oldest first. */
  trend: SurveyTrendPoint[];
  /** Admins only (null for everyone else): the threshold in percent under which a target is flagged. */
  flagBelow: number | null;
}

export interface SurveySettings {
  flagBelow: number;
}

const QUARTER_NAMES = ['一', '二', '三', '四'];
/** The quarter a moment falls in, in China time, as a round title: 2026年第四季度. */
export function quarterTitle(at: Date): string {
  const china = new Date(at.getTime() + 8 * 3600_000);
  return `${china.getUTCFullYear()}年第${QUARTER_NAMES[Math.floor(china.getUTCMonth() / 3)]}季度`;
}
