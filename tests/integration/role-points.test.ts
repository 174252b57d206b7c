/**
 * Points per volunteer hour (issue 15): a role saved without a rate takes the community's standard in force
 * (admin 基金规则); a later change of the standard never reaches roles already saved.
 */
import type { ActionInput } from '@linli/types';
import { eventInput } from './support/fixtures';
import { seededApi } from './support/seeded';

const C = 'bijiqiao';
const { api } = seededApi();

const event = (roles: ActionInput<'events', 'create'>['volunteerRoles']) =>
  eventInput(C, { title: '河道清洁', category: 'volunteer', place: '江安河', volunteerRoles: roles });
const rules = (pointsPerHour: number) => ({
  communityId: C,
  approvalsRequired: 2,
  approvalThresholdFen: 50_000,
  pointValueFen: 10,
  pointsPerHour,
});

it('gives a new role without a rate the standard in force, keeps saved roles as they were after a change', async () => {
  await api.ok('demo-admin', 'admin', 'setRules', rules(15));
  const made = await api.ok('demo-staff', 'events', 'create', event([
    { name: '引导', quota: 3 },
    { name: '拍照', quota: 1, pointsPerHour: 8 },
  ]));
  const rate = (e: typeof made, name: string) => e.volunteerRoles.find((r) => r.name === name)?.pointsPerHour;
  expect(rate(made, '引导')).toBe(15);
  expect(rate(made, '拍照')).toBe(8);

  await api.ok('demo-admin', 'admin', 'setRules', rules(20));
  const guide = made.volunteerRoles.find((r) => r.name === '引导')!;
  const { communityId: _c, ...fields } = event([
    { id: guide.id, name: '引导', quota: 4 },
    { name: '茶水', quota: 2 },
  ]);
  const saved = await api.ok('demo-staff', 'events', 'update', { communityId: C, eventId: made.id, ...fields });
  expect(rate(saved, '引导')).toBe(15);
  expect(rate(saved, '茶水')).toBe(20);
});
