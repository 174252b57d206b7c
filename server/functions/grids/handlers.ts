/**
 * The `grids` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as grids from '../../domain/grids/grids.service';

export const handlers: FnHandlers<'grids'> = {
  list: grids.list,
  create: grids.create,
  update: grids.update,
  myGrid: grids.myGrid,
};
