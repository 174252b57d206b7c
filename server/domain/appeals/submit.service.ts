/**
 * 提交诉求: a resident submits (线上), or a grid worker / staff records one that came offline (入户走访,
 * 民情信箱, 坝坝会, 电话). Either way it is routed to the grid of its building, its accept deadline is
 * fixed from the category, and the grid's workers (or staff, when no grid holds the building) are told.
 */
import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { ActionParsed, AppealChannel, AppealDetail, AppealSummary } from '@linli/types';
import type { Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { appeals, estates, gridBuildings, members, users } from '../../db/schema';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { attachAppealFiles } from './attachments';
import { findCategory } from './categories';
import { addWorkingDays } from './deadlines';
import { detailOf } from './detail';
import { summarySql, toSummary, type SummaryRow } from './appeals.repository';
import { speech, standInSpeech, type Transcript } from './speech';
import { appendEntry, gridWorkerIds, notify, staffIds } from './timeline';

export interface Place {
  estateId: string;
  building: string;
}

/** The building must be one of the estate's in this community. */
export async function checkBuilding(db: Executor, communityId: string, p: Place): Promise<string> {
  const [estate] = await db
    .select({ name: estates.name, buildings: estates.buildings })
    .from(estates)
    .where(and(eq(estates.communityId, communityId), eq(estates.id, p.estateId)));
  if (!estate || !estate.buildings.includes(p.building)) fail('APPEALS.BUILDING_UNKNOWN');
  return estate.name;
}

/** The grid holding a building (routing), or null when none does yet. */
export async function gridOf(db: Executor, communityId: string, p: Place): Promise<string | null> {
  const [row] = await db
    .select({ gridId: gridBuildings.gridId })
    .from(gridBuildings)
    .where(
      and(
        eq(gridBuildings.communityId, communityId),
        eq(gridBuildings.estateId, p.estateId),
        eq(gridBuildings.building, p.building),
      ),
    );
  return row?.gridId ?? null;
}

async function homeOf(db: Executor, communityId: string, userId: string): Promise<Place | null> {
  const [m] = await db
    .select({ estateId: members.estateId, building: members.building })
    .from(members)
    .where(and(eq(members.communityId, communityId), eq(members.userId, userId)));
  return m?.estateId && m.building ? { estateId: m.estateId, building: m.building } : null;
}

interface NewAppeal {
  communityId: string;
  submitterId: string;
  recordedBy: string | null;
  channel: AppealChannel;
  categoryId: string;
  words: string;
  photos: string[];
  voiceFileId: string | null;
  place: Place | null;
  namePublic: boolean;
}

/** The one path every appeal enters by (also the seed's and the bench's). */
export async function createAppeal(ctx: Ctx, a: NewAppeal): Promise<string> {
  const c = a.communityId;
  const category = (await findCategory(ctx.db, c, a.categoryId)) ?? fail('APPEALS.CATEGORY_NOT_FOUND');
  // Words, photos or a voice note: any one is enough (a photo says it for an elder who cannot type).
  if (!a.words && !a.voiceFileId && a.photos.length === 0) fail('APPEALS.CONTENT_REQUIRED');
  const place = a.place ?? (await homeOf(ctx.db, c, a.submitterId)) ?? fail('APPEALS.PLACE_REQUIRED');
  const estateName = await checkBuilding(ctx.db, c, place);
  const gridId = await gridOf(ctx.db, c, place);

  // Without a speech service the labelled stand-in is stored at once; with one, the timer transcribes the
  // recording later (transcribe-later.ts) and the appeal shows "处理中" until then, never waiting for it.
  let transcript: Transcript | null = null;
  if (a.voiceFileId && speech() === standInSpeech) {
    transcript = await standInSpeech.transcribe({ fileId: a.voiceFileId }).catch(() => null);
  }
  const id = crypto.randomUUID();
  const { voiceSeconds } = await attachAppealFiles(ctx, {
    communityId: c,
    photos: a.photos,
    voiceFileId: a.voiceFileId,
    attachTo: { kind: 'appeal', id },
  });
  const acceptBy = addWorkingDays(ctx.now, category.acceptWorkingDays);
  await ctx.db.insert(appeals).values({
    communityId: c,
    id,
    categoryId: category.id,
    submitterId: a.submitterId,
    recordedBy: a.recordedBy,
    channel: a.channel,
    words: a.words,
    photos: a.photos,
    voiceFileId: a.voiceFileId,
    voiceSeconds,
    transcript: transcript?.text ?? null,
    transcriptSource: transcript?.source ?? null,
    estateId: place.estateId,
    building: place.building,
    gridId,
    namePublic: a.namePublic,
    acceptBy,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  await appendEntry(ctx.db, {
    communityId: c,
    appealId: id,
    kind: a.recordedBy ? 'recorded' : 'submitted',
    actorId: ctx.actor.userId,
    at: ctx.now,
    words: a.words || null,
    photos: a.photos,
    meta: { channel: a.channel, toGridId: gridId },
  });
  const told = gridId ? await gridWorkerIds(ctx.db, c, gridId) : [];
  const to = told.length ? told : await staffIds(ctx.db, c);
  await notify(
    ctx.db,
    c,
    'appeal_new',
    to.filter((u) => u !== ctx.actor.userId),
    {
      appealId: id,
      categoryName: category.name,
      place: `${estateName}${place.building}`,
      at: acceptBy.toISOString(),
      page: `packages/grid/pages/appeal/index?id=${id}`,
    },
    `appeal-new:${id}`,
  );
  return id;
}

export async function submit(ctx: Ctx, input: ActionParsed<'appeals', 'submit'>): Promise<AppealDetail> {
  const id = await createAppeal(ctx, {
    communityId: input.communityId,
    submitterId: ctx.actor.userId,
    recordedBy: null,
    channel: 'online',
    categoryId: input.categoryId,
    words: input.words,
    photos: input.photos ?? [],
    voiceFileId: input.voiceFileId ?? null,
    place: input.place ?? null,
    namePublic: input.namePublic,
  });
  return detailOf(ctx, input.communityId, id);
}

type Resident = ActionParsed<'appeals', 'recordOnBehalf'>['resident'];

/** An existing member, or an offline resident found by name and address (created once, like 代报名). */
async function residentFor(ctx: Ctx, communityId: string, r: Resident): Promise<string> {
  if ('userId' in r) {
    const [m] = await ctx.db
      .select({ userId: members.userId })
      .from(members)
      .where(and(eq(members.communityId, communityId), eq(members.userId, r.userId)));
    return m?.userId ?? fail('APPEALS.RESIDENT_NOT_FOUND');
  }
  await checkBuilding(ctx.db, communityId, r);
  const [found] = await query<{ id: string }>(
    ctx.db,
    sql`select u.${bare(users.id)} from ${users} u join ${members} m on m.${bare(members.userId)} = u.${bare(users.id)} and m.${bare(members.communityId)} = ${communityId}
      where u.${bare(users.name)} = ${r.name} and m.${bare(members.estateId)} = ${r.estateId} and m.${bare(members.building)} = ${r.building} and m.${bare(members.unit)} = ${r.unit}
      order by u.${bare(users.offline)}, u.${bare(users.createdAt)} limit 1`,
  );
  if (found) return found.id;
  const [user] = await ctx.db
    .insert(users)
    .values({ openid: `offline:${crypto.randomUUID()}`, nickname: r.name, name: r.name, phone: r.phone ?? null, offline: true })
    .returning({ id: users.id });
  await ctx.db
    .insert(members)
    .values({ communityId, userId: user.id, estateId: r.estateId, building: r.building, unit: r.unit });
  return user.id;
}

export async function recordOnBehalf(ctx: Ctx, input: ActionParsed<'appeals', 'recordOnBehalf'>): Promise<AppealDetail> {
  const submitterId = await residentFor(ctx, input.communityId, input.resident);
  const id = await createAppeal(ctx, {
    communityId: input.communityId,
    submitterId,
    recordedBy: ctx.actor.userId,
    channel: input.channel,
    categoryId: input.categoryId,
    words: input.words,
    photos: input.photos ?? [],
    voiceFileId: input.voiceFileId ?? null,
    place: input.place ?? ('userId' in input.resident ? null : input.resident),
    namePublic: input.namePublic,
  });
  return detailOf(ctx, input.communityId, id);
}

export async function mine(ctx: Ctx, input: ActionParsed<'appeals', 'mine'>): Promise<AppealSummary[]> {
  const rows = await query<SummaryRow>(
    ctx.db,
    summarySql(
      ctx.now,
      sql`a.${bare(appeals.communityId)} = ${input.communityId} and a.${bare(appeals.submitterId)} = ${ctx.actor.userId}`,
      sql`order by a.${bare(appeals.createdAt)} desc limit 200`,
    ),
  );
  return rows.map(toSummary);
}

export async function detail(ctx: Ctx, input: ActionParsed<'appeals', 'detail'>): Promise<AppealDetail> {
  return detailOf(ctx, input.communityId, input.appealId);
}
