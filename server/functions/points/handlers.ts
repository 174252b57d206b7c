/**
 * The `points` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as points from '../../domain/points/points.service';
import * as adjust from '../../domain/points/adjust.service';
import * as volunteers from '../../domain/points/volunteers.service';

export const handlers: FnHandlers<'points'> = {
  mine: points.mine,
  history: points.history,
  certificate: points.certificate,
  apply: volunteers.apply,
  myApplication: volunteers.myApplication,
  applications: volunteers.applications,
  review: volunteers.review,
  award: adjust.award,
  deduct: adjust.deduct,
  overview: points.overview,
  residents: points.residents,
  ledger: points.ledger,
  invariants: points.invariants,
};
