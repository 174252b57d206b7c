/**
 * Voice notes transcribed after the fact, by the timer. With a speech service configured, submitting
 * does not wait for it (a slow or failing service never holds up an appeal): the appeal shows
 * "（语音转文字处理中）" until the timer has read the recording from storage, transcribed it and filled
 * the text in — once, by a guarded UPDATE … WHERE transcript IS NULL, outside any long transaction (the
 * service is a network call). A note that keeps failing is retried for RETRY_DAYS, then left to be
 * listened to. Without a service, submitting stores the labelled stand-in at once and nothing is due.
 */
import { sql } from 'drizzle-orm';
import type { FileMime } from '@linli/types';
import type { Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { appeals, files } from '../../db/schema';
import { fileStore } from '../files/storage';
import { speech, type SpeechService } from './speech';

export const RETRY_DAYS = 7;
const BATCH = 10;

const FORMAT: Partial<Record<FileMime, 'aac' | 'mp3' | 'm4a'>> = {
  'audio/aac': 'aac',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
};

/** Transcribes up to BATCH waiting voice notes; returns how many got their text. */
export async function transcribePending(db: Executor, now: Date, service: SpeechService = speech()): Promise<number> {
  const since = new Date(now.getTime() - RETRY_DAYS * 86_400_000).toISOString();
  const due = await query<{ community_id: string; id: string; file_id: string; storage_key: string; mime: FileMime }>(
    db,
    sql`select a.${bare(appeals.communityId)} as community_id, a.${bare(appeals.id)} as id, f.${bare(files.id)} as file_id,
        f.${bare(files.storageKey)} as storage_key, f.${bare(files.mime)} as mime
      from ${appeals} a join ${files} f on f.${bare(files.communityId)} = a.${bare(appeals.communityId)}
        and f.${bare(files.id)} = a.${bare(appeals.voiceFileId)}
      where a.${bare(appeals.voiceFileId)} is not null and a.${bare(appeals.transcript)} is null
        and a.${bare(appeals.createdAt)} >= ${since}::timestamptz
      order by a.${bare(appeals.createdAt)} limit ${BATCH}`,
  );
  let done = 0;
  for (const r of due) {
    const audio = await fileStore()
      .get(r.storage_key)
      .catch(() => null);
    if (!audio) continue;
    const t = await service.transcribe({ fileId: r.file_id, audio, format: FORMAT[r.mime] }).catch(() => null);
    if (!t || !t.text) continue;
    const filled = await query<{ id: string }>(
      db,
      sql`update ${appeals} set ${bare(appeals.transcript)} = ${t.text}, ${bare(appeals.transcriptSource)} = ${t.source},
          ${bare(appeals.updatedAt)} = ${now.toISOString()}::timestamptz
        where ${appeals.communityId} = ${r.community_id} and ${appeals.id} = ${r.id} and ${appeals.transcript} is null
        returning ${appeals.id}`,
    );
    done += filled.length;
  }
  return done;
}
