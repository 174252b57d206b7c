/** A volunteer role's points per hour may be left blank: the server then uses the community's standard. */
import { blankForm, toFields } from '@/features/staff/stores/event-form-model';

const form = (pointsPerHour: string) => ({
  ...blankForm(new Date('2026-12-01T02:00:00Z')),
  title: '河道清洁',
  place: '江安河',
  volunteerRoles: [{ name: '引导', quota: '3', pointsPerHour }],
});

it('leaves a blank rate out, so the community standard applies', () => {
  const fields = toFields(form('  '));
  if (typeof fields === 'string') throw new Error(fields);
  expect(fields.volunteerRoles).toEqual([{ name: '引导', quota: 3 }]);
});

it('sends a rate that is filled in, and refuses one that is not a whole number in range', () => {
  const fields = toFields(form('12'));
  if (typeof fields === 'string') throw new Error(fields);
  expect(fields.volunteerRoles).toEqual([{ name: '引导', quota: 3, pointsPerHour: 12 }]);
  expect(toFields(form('abc'))).toBe('岗位“引导”的每小时积分请填写 0–100 之间的整数');
  expect(toFields(form('101'))).toBe('岗位“引导”的每小时积分请填写 0–100 之间的整数');
});
