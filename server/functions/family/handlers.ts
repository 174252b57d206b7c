/**
 * The `family` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as family from '../../domain/family/family.service';

export const handlers: FnHandlers<'family'> = {
  overview: family.overview,
  createCode: family.createCode,
  link: family.link,
  unlink: family.unlink,
  signupFor: family.signupFor,
  registrations: family.registrations,
  ticket: family.ticket,
};
