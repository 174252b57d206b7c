import type { ActionInput, AttendanceResult, EstateBrief, EventDetail, ExportFile } from '@linli/types';
import { call } from '@/lib/cloud';

export type EventFieldsInput = Omit<ActionInput<'events', 'create'>, 'communityId'>;

export function fetchDetail(communityId: string, eventId: string): Promise<EventDetail> {
  return call('events', 'detail', { communityId, eventId });
}

export function fetchEstates(communityId: string): Promise<EstateBrief[]> {
  return call('community', 'estates', { communityId });
}

export function createEvent(
  communityId: string,
  fields: EventFieldsInput,
  requestKey: string,
): Promise<EventDetail> {
  return call('events', 'create', { communityId, ...fields }, { requestKey });
}

export function updateEvent(
  communityId: string,
  eventId: string,
  fields: EventFieldsInput,
): Promise<EventDetail> {
  return call('events', 'update', { communityId, eventId, ...fields });
}

export function publishEvent(communityId: string, eventId: string): Promise<EventDetail> {
  return call('events', 'publish', { communityId, eventId });
}

export function cancelEvent(communityId: string, eventId: string, reason: string): Promise<EventDetail> {
  return call('events', 'cancel', { communityId, eventId, reason });
}

export function finishEvent(communityId: string, eventId: string): Promise<EventDetail> {
  return call('events', 'finish', { communityId, eventId });
}

export function confirmAttendance(communityId: string, eventId: string): Promise<AttendanceResult> {
  return call('events', 'confirmAttendance', { communityId, eventId });
}

export function exportRoster(communityId: string, eventId: string): Promise<ExportFile> {
  return call('events', 'exportRoster', { communityId, eventId });
}
