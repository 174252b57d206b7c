/**
 * The `events` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as events from '../../domain/events/events.service';
import * as signups from '../../domain/events/signup.service';
import * as proxy from '../../domain/events/proxy.service';
import * as checkin from '../../domain/events/checkin.service';
import * as volunteer from '../../domain/events/volunteer.service';
import * as manage from '../../domain/events/manage.service';
import * as attendance from '../../domain/events/attendance.service';
import * as exporter from '../../domain/events/export.service';

export const handlers: FnHandlers<'events'> = {
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
};
