/**
 * The `appeals` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as appealCategories from '../../domain/appeals/categories';
import * as appealSubmit from '../../domain/appeals/submit.service';
import * as appealHandling from '../../domain/appeals/handling.service';
import * as appealFeedback from '../../domain/appeals/feedback.service';
import * as appealReport from '../../domain/appeals/report.service';

export const handlers: FnHandlers<'appeals'> = {
  categories: appealCategories.categories,
  saveCategory: appealCategories.saveCategory,
  submit: appealSubmit.submit,
  mine: appealSubmit.mine,
  detail: appealSubmit.detail,
  rate: appealFeedback.rate,
  reopen: appealFeedback.reopen,
  recordOnBehalf: appealSubmit.recordOnBehalf,
  listForMe: appealHandling.listForMe,
  accept: appealHandling.accept,
  assign: appealHandling.assign,
  addProgress: appealHandling.addProgress,
  close: appealHandling.close,
  assignees: appealHandling.assignees,
  sortIntoList: appealHandling.sortIntoList,
  linkProject: appealHandling.linkProject,
  report: appealReport.report,
  exportReport: appealReport.exportReport,
};
