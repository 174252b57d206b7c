/**
 * The `audit` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as auditTrail from '../../domain/audit/audit.service';

export const handlers: FnHandlers<'audit'> = {
  list: auditTrail.list,
};
