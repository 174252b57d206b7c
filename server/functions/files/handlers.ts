/**
 * The `files` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as files from '../../domain/files/files.service';

export const handlers: FnHandlers<'files'> = {
  register: files.register,
};
