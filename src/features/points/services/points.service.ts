import type {
  InvariantReport,
  PointsOverview,
  PointsPage,
  PointsSummary,
  ResidentLedger,
  ResidentRow,
  VolunteerApplicationView,
  VolunteerCertificate,
} from '@linli/types';
import { call } from '@/lib/cloud';

export function fetchMyPoints(communityId: string): Promise<PointsSummary> {
  return call('points', 'mine', { communityId });
}

export function fetchHistory(communityId: string, before: string): Promise<PointsPage> {
  return call('points', 'history', { communityId, before });
}

export function fetchCertificate(communityId: string): Promise<VolunteerCertificate> {
  return call('points', 'certificate', { communityId });
}

export function fetchMyApplication(communityId: string): Promise<VolunteerApplicationView | null> {
  return call('points', 'myApplication', { communityId });
}

export function applyVolunteer(
  communityId: string,
  realName: string,
  phone: string,
  requestKey: string,
): Promise<VolunteerApplicationView> {
  return call('points', 'apply', { communityId, realName, phone }, { requestKey });
}

export function fetchApplications(
  communityId: string,
  status?: 'pending' | 'approved' | 'rejected',
): Promise<VolunteerApplicationView[]> {
  return call('points', 'applications', status ? { communityId, status } : { communityId });
}

export function reviewApplication(
  communityId: string,
  applicationId: string,
  approve: boolean,
  note: string,
  requestKey: string,
): Promise<VolunteerApplicationView> {
  const n = note.trim();
  return call(
    'points',
    'review',
    n ? { communityId, applicationId, approve, note: n } : { communityId, applicationId, approve },
    { requestKey },
  );
}

export function fetchOverview(communityId: string): Promise<PointsOverview> {
  return call('points', 'overview', { communityId });
}

export function checkInvariants(communityId: string): Promise<InvariantReport> {
  return call('points', 'invariants', { communityId });
}

export function searchResidents(communityId: string, query: string): Promise<ResidentRow[]> {
  const q = query.trim();
  return call('points', 'residents', q ? { communityId, query: q } : { communityId });
}

export function fetchLedger(communityId: string, residentId: string): Promise<ResidentLedger> {
  return call('points', 'ledger', { communityId, residentId });
}

export function adjustPoints(
  kind: 'award' | 'deduct',
  input: { communityId: string; residentId: string; amount: number; reason: string },
  requestKey: string,
): Promise<ResidentLedger> {
  return call('points', kind, input, { requestKey });
}
