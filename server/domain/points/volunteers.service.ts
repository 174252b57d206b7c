/** 志愿者认证: a resident applies with real name and phone; staff approve (granting the role) or reject. */
import { and, desc, eq } from 'drizzle-orm';
import type { ActionParsed, VolunteerApplicationView } from '@linli/types';
import { memberRoles, users, volunteerApplications } from '../../db/schema';
import { AppError, fail, isUniqueViolation } from '../shared/app-error';
import { audit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { maskPhone } from '../shared/mask';
import { notify } from '../notify/notify';

type Row = typeof volunteerApplications.$inferSelect;
const view = (r: Row): VolunteerApplicationView => ({
  id: r.id,
  userId: r.userId,
  realName: r.realName,
  phoneMasked: maskPhone(r.phone) ?? '',
  status: r.status,
  createdAt: r.createdAt.toISOString(),
  reviewedAt: r.reviewedAt ? r.reviewedAt.toISOString() : null,
  note: r.note,
});

export async function apply(
  ctx: Ctx,
  input: ActionParsed<'points', 'apply'>,
): Promise<VolunteerApplicationView> {
  if (ctx.roles.includes('volunteer')) fail('POINTS.ALREADY_VOLUNTEER');
  try {
    const [row] = await ctx.db
      .insert(volunteerApplications)
      .values({
        communityId: input.communityId,
        userId: ctx.actor.userId,
        realName: input.realName,
        phone: input.phone,
      })
      .returning();
    return view(row);
  } catch (err) {
    if (isUniqueViolation(err, 'volunteer_applications_pending_uq'))
      throw new AppError('POINTS.APPLICATION_PENDING');
    throw err;
  }
}

export async function myApplication(
  ctx: Ctx,
  input: ActionParsed<'points', 'myApplication'>,
): Promise<VolunteerApplicationView | null> {
  const [row] = await ctx.db
    .select()
    .from(volunteerApplications)
    .where(
      and(
        eq(volunteerApplications.communityId, input.communityId),
        eq(volunteerApplications.userId, ctx.actor.userId),
      ),
    )
    .orderBy(desc(volunteerApplications.createdAt))
    .limit(1);
  return row ? view(row) : null;
}

export async function applications(
  ctx: Ctx,
  input: ActionParsed<'points', 'applications'>,
): Promise<VolunteerApplicationView[]> {
  const where = [eq(volunteerApplications.communityId, input.communityId)];
  if (input.status) where.push(eq(volunteerApplications.status, input.status));
  const rows = await ctx.db
    .select()
    .from(volunteerApplications)
    .where(and(...where))
    .orderBy(desc(volunteerApplications.createdAt))
    .limit(200);
  return rows.map(view);
}

export async function review(
  ctx: Ctx,
  input: ActionParsed<'points', 'review'>,
): Promise<VolunteerApplicationView> {
  const [updated] = await ctx.db
    .update(volunteerApplications)
    .set({
      status: input.approve ? 'approved' : 'rejected',
      reviewedBy: ctx.actor.userId,
      reviewedAt: ctx.now,
      note: input.note ?? null,
    })
    .where(
      and(
        eq(volunteerApplications.communityId, input.communityId),
        eq(volunteerApplications.id, input.applicationId),
        eq(volunteerApplications.status, 'pending'),
      ),
    )
    .returning();
  if (!updated) {
    const [exists] = await ctx.db
      .select({ id: volunteerApplications.id })
      .from(volunteerApplications)
      .where(
        and(
          eq(volunteerApplications.communityId, input.communityId),
          eq(volunteerApplications.id, input.applicationId),
        ),
      );
    fail(exists ? 'POINTS.APPLICATION_DECIDED' : 'POINTS.APPLICATION_NOT_FOUND');
  }
  if (input.approve) {
    await ctx.db
      .insert(memberRoles)
      .values({
        communityId: input.communityId,
        userId: updated.userId,
        role: 'volunteer',
        grantedBy: ctx.actor.userId,
      })
      .onConflictDoNothing();
    // The verified real name and phone become the profile's.
    await ctx.db
      .update(users)
      .set({ name: updated.realName, phone: updated.phone })
      .where(eq(users.id, updated.userId));
  }
  await audit(ctx.db, {
    communityId: input.communityId,
    actorUserId: ctx.actor.userId,
    action: input.approve ? 'volunteer.approve' : 'volunteer.reject',
    targetType: 'volunteer_application',
    targetId: updated.id,
    before: { status: 'pending' },
    after: { status: updated.status, note: updated.note },
  });
  await notify(ctx.db, {
    communityId: input.communityId,
    userId: updated.userId,
    kind: 'volunteer_decided',
    title: input.approve ? '志愿者认证已通过' : '志愿者认证未通过',
    body: input.approve
      ? '您已是认证志愿者，可以报名活动的志愿岗位、赚取志愿积分了。'
      : `原因：${updated.note || '未填写'}。可以修改后重新申请。`,
    link: '/packages/points/pages/apply/index',
    payload: {
      applicationId: updated.id,
      title: '志愿者认证',
      approved: input.approve,
      note: updated.note,
      at: ctx.now.toISOString(),
    },
    dedupeKey: `volunteer_decided:${updated.id}`,
  });
  return view(updated);
}
