/**
 * Every action of the contract bound to its domain service. The mapped type makes a new action in
 * types/contract.ts without a handler (or a handler with the wrong input/output) a compile error.
 */
import type { ActionName, ActionOutput, ActionParsed, FnName } from '@linli/types';
import type { Executor } from '../db/client';
import type { Ctx } from '../domain/shared/context';
import * as community from '../domain/community/community.service';
import * as users from '../domain/users/users.service';
import * as events from '../domain/events/events.service';
import * as signups from '../domain/events/signup.service';
import * as proxy from '../domain/events/proxy.service';
import * as checkin from '../domain/events/checkin.service';
import * as volunteer from '../domain/events/volunteer.service';
import * as manage from '../domain/events/manage.service';
import * as attendance from '../domain/events/attendance.service';
import * as exporter from '../domain/events/export.service';
import * as fund from '../domain/fund/fund.service';
import * as donations from '../domain/fund/donations.service';
import * as expenses from '../domain/fund/expenses.service';
import * as boardSvc from '../domain/fund/board.service';
import * as shop from '../domain/shop/shop.service';
import * as redemption from '../domain/shop/redemption.service';
import * as points from '../domain/points/points.service';
import * as privacy from '../domain/users/privacy.service';
import * as auditTrail from '../domain/audit/audit.service';
import * as adjust from '../domain/points/adjust.service';
import * as volunteers from '../domain/points/volunteers.service';
import * as family from '../domain/family/family.service';
import * as notices from '../domain/notify/inbox.service';
import * as files from '../domain/files/files.service';
import * as appealCategories from '../domain/appeals/categories';
import * as appealSubmit from '../domain/appeals/submit.service';
import * as appealHandling from '../domain/appeals/handling.service';
import * as appealFeedback from '../domain/appeals/feedback.service';
import * as appealReport from '../domain/appeals/report.service';
import * as grids from '../domain/grids/grids.service';
import * as topics from '../domain/deliberation/topics.service';
import * as householdsSvc from '../domain/deliberation/households.service';

/** Public actions get a context without an actor. */
export type HandlerCtx = Omit<Ctx, 'actor'> & { actor: Ctx['actor'] | null };
type Handler<F extends FnName, A extends ActionName<F>> = (
  ctx: Ctx,
  input: ActionParsed<F, A>,
) => Promise<ActionOutput<F, A>>;
type PublicHandler<F extends FnName, A extends ActionName<F>> = (
  db: Executor,
  input: ActionParsed<F, A>,
) => Promise<ActionOutput<F, A>>;

export type Handlers = {
  [F in FnName]: { [A in ActionName<F>]: Handler<F, A> | { public: PublicHandler<F, A> } };
};

export const handlers: Handlers = {
  community: {
    list: { public: (db) => community.list(db) },
    estates: { public: (db, input) => community.estatesOf(db, input) },
    home: community.home,
  },
  user: {
    me: (ctx) => users.me(ctx),
    join: users.join,
    updateProfile: users.updateProfile,
    myData: (ctx) => privacy.myData(ctx),
    deleteMe: (ctx) => privacy.deleteMe(ctx),
  },
  events: {
    list: events.list,
    detail: events.detail,
    signup: signups.signup,
    mine: events.mine,
    cancelRegistration: signups.cancelRegistration,
    ticket: checkin.ticket,
    claimProxy: proxy.claimProxy,
    volunteerSignup: volunteer.volunteerSignup,
    cancelShift: volunteer.cancelShift,
    proxySignup: proxy.proxySignup,
    staffList: events.staffList,
    create: manage.create,
    update: manage.update,
    publish: manage.publish,
    cancel: manage.cancel,
    finish: manage.finish,
    roster: events.roster,
    checkInByCode: checkin.checkInByCode,
    checkInByRoster: checkin.checkInByRoster,
    shifts: volunteer.shifts,
    shiftCheckIn: volunteer.shiftCheckIn,
    shiftCheckOut: volunteer.shiftCheckOut,
    adjustShift: volunteer.adjustShift,
    confirmAttendance: attendance.confirmAttendance,
    exportRoster: exporter.exportRoster,
  },
  fund: {
    card: (ctx, input) => fund.fundCard(ctx.db, input.communityId),
    board: boardSvc.board,
    recordDonation: donations.recordDonation,
    requestExpense: expenses.requestExpense,
    decideExpense: expenses.decideExpense,
    payExpense: expenses.payExpense,
    expenses: expenses.list,
    exportStatement: boardSvc.exportStatement,
  },
  shop: {
    items: shop.items,
    redeem: redemption.redeem,
    myRedemptions: redemption.myRedemptions,
    cancelRedemption: redemption.cancelRedemption,
    fulfil: redemption.fulfil,
    merchantRedemptions: redemption.merchantRedemptions,
    saveItem: shop.saveItem,
  },
  audit: {
    list: auditTrail.list,
  },
  points: {
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
  },
  family: {
    overview: family.overview,
    createCode: family.createCode,
    link: family.link,
    unlink: family.unlink,
    signupFor: family.signupFor,
    registrations: family.registrations,
    ticket: family.ticket,
  },
  notices: {
    list: notices.list,
    unread: notices.unread,
    markRead: notices.markRead,
    markAllRead: notices.markAllRead,
    consent: notices.consent,
    preferences: notices.preferences,
    familyCopies: notices.familyCopies,
    smsOptOut: notices.smsOptOut,
  },
  files: {
    register: files.register,
  },
  appeals: {
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
  },
  grids: {
    list: grids.list,
    create: grids.create,
    update: grids.update,
    myGrid: grids.myGrid,
  },
  deliberation: {
    list: topics.list,
    detail: topics.detail,
    vote: topics.vote,
    create: topics.create,
    close: topics.close,
    resolve: topics.resolve,
    link: topics.link,
    roster: topics.roster,
    enterPaper: topics.enterPaper,
    households: householdsSvc.householdsList,
    setAddress: householdsSvc.setAddress,
  },
};
