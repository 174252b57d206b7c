/**
 * The `surveys` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as surveyRating from '../../domain/surveys/rating.service';
import * as surveyResults from '../../domain/surveys/results.service';
import * as surveyRounds from '../../domain/surveys/rounds.service';

export const handlers: FnHandlers<'surveys'> = {
  current: surveyRating.current,
  rate: surveyRating.rate,
  roster: surveyRating.roster,
  enterPaper: surveyRating.enterPaper,
  rounds: surveyRounds.rounds,
  cadres: surveyRounds.cadres,
  openRound: surveyRounds.openRound,
  addTarget: surveyRounds.addTarget,
  removeTarget: surveyRounds.removeTarget,
  closeRound: surveyRounds.closeRound,
  results: surveyResults.results,
  setThreshold: surveyResults.setThreshold,
};
