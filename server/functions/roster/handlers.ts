/**
 * The `roster` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as rosterImport from '../../domain/roster/import.service';

export const handlers: FnHandlers<'roster'> = {
  template: rosterImport.template,
  dryRun: rosterImport.dryRun,
  commit: rosterImport.commit,
};
