/** An appeal as one viewer sees it: the summary, the submitter (as far as this viewer may know), files, timeline, links, and what they may do next. */
import { sql } from 'drizzle-orm';
import type { AppealDetail, AppealEntryView, AppealLinkView } from '@linli/types';
import { bare, query } from '../../db/query';
import { appealEntries, appealLinks, appeals, events, expenses, users } from '../../db/schema';
import { fail } from '../shared/app-error';
import { hasRole, type Ctx } from '../shared/context';
import { maskPhone } from '../shared/mask';
import { appealFileViews } from './attachments';
import { findVisible, isHandler, toSummary, type SummaryRow } from './appeals.repository';

export const REOPEN_WINDOW_DAYS = 7;

interface ExtraRow {
  name_public: boolean;
  voice_seconds: number | null;
  transcript: string | null;
  transcript_source: 'asr' | 'stand_in' | null;
  duplicate_of: string | null;
  reopened_at: Date | null;
  stars: number | null;
  rating_words: string | null;
  rated_at: Date | null;
}

interface EntryRow {
  id: string;
  kind: AppealEntryView['kind'];
  actor_name: string | null;
  at: Date;
  words: string | null;
  photos: string[];
  meta: AppealEntryView['meta'];
}

export async function requireVisible(ctx: Ctx, communityId: string, appealId: string): Promise<SummaryRow> {
  return (await findVisible(ctx, communityId, appealId)) ?? fail('APPEALS.NOT_FOUND');
}

export async function buildDetail(ctx: Ctx, row: SummaryRow): Promise<AppealDetail> {
  const c = row.community_id;
  const [[extra], entries, links] = await Promise.all([
    query<ExtraRow>(
      ctx.db,
      sql`select ${bare(appeals.namePublic)}, ${bare(appeals.voiceSeconds)}, ${bare(appeals.transcript)}, ${bare(appeals.transcriptSource)}, ${bare(appeals.duplicateOf)}, ${bare(appeals.reopenedAt)}, ${bare(appeals.stars)}, ${bare(appeals.ratingWords)}, ${bare(appeals.ratedAt)}
        from ${appeals} where ${bare(appeals.communityId)} = ${c} and ${bare(appeals.id)} = ${row.id}`,
    ),
    query<EntryRow>(
      ctx.db,
      sql`select x.${bare(appealEntries.id)}, x.${bare(appealEntries.kind)}, coalesce(u.${bare(users.name)}, u.${bare(users.nickname)}) as actor_name, x.${bare(appealEntries.at)}, x.${bare(appealEntries.words)}, x.${bare(appealEntries.photos)}, x.${bare(appealEntries.meta)}
        from ${appealEntries} x left join ${users} u on u.${bare(users.id)} = x.${bare(appealEntries.actorId)}
        where x.${bare(appealEntries.communityId)} = ${c} and x.${bare(appealEntries.appealId)} = ${row.id} order by x.${bare(appealEntries.seq)}`,
    ),
    query<{ kind: AppealLinkView['kind']; id: string; title: string | null }>(
      ctx.db,
      sql`select l.${bare(appealLinks.kind)}, l.${bare(appealLinks.targetId)} as id, coalesce(ev.${bare(events.title)}, ex.${bare(expenses.purpose)}) as title
        from ${appealLinks} l
        left join ${events} ev on l.${bare(appealLinks.kind)} = 'event' and ev.${bare(events.communityId)} = l.${bare(appealLinks.communityId)} and ev.${bare(events.id)} = l.${bare(appealLinks.targetId)}
        left join ${expenses} ex on l.${bare(appealLinks.kind)} = 'expense' and ex.${bare(expenses.communityId)} = l.${bare(appealLinks.communityId)} and ex.${bare(expenses.id)} = l.${bare(appealLinks.targetId)}
        where l.${bare(appealLinks.communityId)} = ${c} and l.${bare(appealLinks.appealId)} = ${row.id} order by l.${bare(appealLinks.createdAt)}`,
    ),
  ]);
  const fileIds = [...row.photos, ...(row.voice_file_id ? [row.voice_file_id] : []), ...entries.flatMap((e) => e.photos)];
  const files = await appealFileViews(ctx.db, c, fileIds);
  const file = (id: string) => files.get(id) ?? { id, mime: null, url: null };

  const mine = row.submitter_id === ctx.actor.userId;
  const handler = await isHandler(ctx, row);
  const staff = hasRole(ctx, 'staff');
  const closed = row.status === 'closed';
  const closedAt = row.closed_at ? new Date(row.closed_at).getTime() : 0;
  const ratedSinceClose = extra.rated_at !== null && new Date(extra.rated_at).getTime() >= closedAt;
  // Phones: whole to staff and the people handling it (they call back), masked to the submitter themself.
  const phone = staff || handler ? row.submitter_phone : mine ? maskPhone(row.submitter_phone) : null;

  return {
    ...toSummary(row),
    namePublic: extra.name_public,
    submitterPhone: phone,
    recordedByName: row.recorded_by_name,
    photos: row.photos.map(file),
    voice: row.voice_file_id
      ? {
          file: file(row.voice_file_id),
          seconds: extra.voice_seconds,
          transcript: extra.transcript ?? '（语音转文字处理中）',
          transcriptSource: extra.transcript_source ?? 'stand_in',
        }
      : null,
    duplicateOfId: extra.duplicate_of,
    reopenedAt: extra.reopened_at ? new Date(extra.reopened_at).toISOString() : null,
    rating:
      extra.stars !== null && extra.rated_at
        ? { stars: extra.stars, words: extra.rating_words, at: new Date(extra.rated_at).toISOString() }
        : null,
    links: links.map((l) => ({ kind: l.kind, id: l.id, title: l.title ?? '（已删除）' })),
    timeline: entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      actorName: e.actor_name ?? '系统',
      at: new Date(e.at).toISOString(),
      words: e.words,
      photos: e.photos.map(file),
      meta: e.meta,
    })),
    can: {
      accept: row.status === 'submitted' && handler,
      assign: staff && !closed,
      progress: row.status === 'accepted' && handler,
      close: row.status === 'accepted' && handler,
      rate: mine && closed && !ratedSinceClose,
      reopen:
        mine &&
        closed &&
        extra.reopened_at === null &&
        ctx.now.getTime() <= closedAt + REOPEN_WINDOW_DAYS * 86_400_000,
      sort: staff,
      link: staff && row.list === 'projects',
    },
  };
}

/** The detail of an appeal the caller just changed or asked for. */
export async function detailOf(ctx: Ctx, communityId: string, appealId: string): Promise<AppealDetail> {
  return buildDetail(ctx, await requireVisible(ctx, communityId, appealId));
}
