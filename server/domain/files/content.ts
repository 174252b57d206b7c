/**
 * What an upload really is, read from its bytes (never its name or the client's content type), and
 * the bytes made safe to show others: JPEG/PNG location metadata removed, voice length measured.
 */
import type { FileMime, FilePurpose } from '@linli/types';
import { AppError } from '../shared/app-error';
import { stripJpegMetadata, stripPngMetadata } from './image-meta';
import { adtsDurationMs, mp3DurationMs, mp4DurationMs } from './audio-length';

const MB = 1024 * 1024;
export const PHOTO_MAX_BYTES = 5 * MB;
export const VOICE_MAX_BYTES = 2 * MB;
export const VOICE_MAX_MS = 60_000;
/** Frame counts round up a little; a 60-second recording must not be refused for 60.02 s. */
const VOICE_SLACK_MS = 1_000;

interface Rule {
  mimes: readonly FileMime[];
  maxBytes: number;
}
const PHOTO: Rule = { mimes: ['image/jpeg', 'image/png'], maxBytes: PHOTO_MAX_BYTES };
const VOICE: Rule = { mimes: ['audio/aac', 'audio/mpeg', 'audio/mp4'], maxBytes: VOICE_MAX_BYTES };
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A 5,000-row resident sheet is ~200 KB; 5 MB leaves room for formatting without inviting abuse. */
export const SHEET_MAX_BYTES = 5 * MB;
const SHEET: Rule = { mimes: [XLSX_MIME], maxBytes: SHEET_MAX_BYTES };

export const PURPOSE_RULES: Record<FilePurpose, Rule> = {
  appeal_photo: PHOTO,
  appeal_voice: VOICE,
  event_cover: PHOTO,
  evidence: PHOTO,
  item_photo: PHOTO,
  survey_photo: PHOTO,
  announcement_photo: PHOTO,
  roster_sheet: SHEET,
  topic_photo: PHOTO,
};

/** Purposes only staff (and admins) upload: the resident sheet holds everyone's phone; announcements are theirs. */
export const STAFF_PURPOSES: readonly FilePurpose[] = ['roster_sheet', 'announcement_photo'];
export function mayUpload(purpose: FilePurpose, roles: readonly string[]): boolean {
  return !STAFF_PURPOSES.includes(purpose) || roles.includes('staff') || roles.includes('admin');
}

/** The largest upload any purpose accepts: the HTTP body limit. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(PURPOSE_RULES).map((r) => r.maxBytes));

const MP4_BRANDS = new Set([
  'M4A ',
  'M4B ',
  'mp41',
  'mp42',
  'isom',
  'iso2',
  'iso5',
  'iso6',
  '3gp4',
  '3gp5',
  '3gp6',
]);

/** An Office Open XML workbook: a zip (local header first) whose entries include the workbook part. */
function isXlsx(b: Buffer): boolean {
  return (
    b.length >= 30 &&
    b.readUInt32LE(0) === 0x04034b50 &&
    b.includes('[Content_Types].xml', 0, 'latin1') &&
    b.includes('xl/workbook.xml', 0, 'latin1')
  );
}

/** The content type by magic bytes, or null. */
export function sniff(b: Buffer): FileMime | null {
  if (isXlsx(b)) return XLSX_MIME;
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (b.length >= 12 && b.toString('latin1', 4, 8) === 'ftyp' && MP4_BRANDS.has(b.toString('latin1', 8, 12)))
    return 'audio/mp4';
  if (b.length >= 10 && b.toString('latin1', 0, 3) === 'ID3') return 'audio/mpeg';
  if (b.length >= 7 && b[0] === 0xff && (b[1] & 0xf6) === 0xf0) return 'audio/aac'; // ADTS: sync, layer 00
  if (b.length >= 4 && b[0] === 0xff && (b[1] & 0xe0) === 0xe0 && (b[1] & 0x06) !== 0) return 'audio/mpeg';
  return null;
}

export interface CheckedFile {
  mime: FileMime;
  /** The bytes to store: for images, without location metadata. */
  bytes: Buffer;
  durationMs: number | null;
}

/**
 * Checks an upload for a purpose and returns what may be stored. `clientDurationMs` (from the
 * recorder) is trusted only when the format's length cannot be read from the bytes.
 */
export function checkContent(
  purpose: FilePurpose,
  raw: Buffer,
  clientDurationMs?: number | null,
): CheckedFile {
  const rule = PURPOSE_RULES[purpose];
  if (raw.length > rule.maxBytes) throw new AppError('FILES.TOO_LARGE');
  const mime = sniff(raw);
  if (!mime || !rule.mimes.includes(mime)) throw new AppError('FILES.BAD_TYPE');
  if (mime === XLSX_MIME) return { mime, bytes: raw, durationMs: null };
  try {
    if (mime === 'image/jpeg') return { mime, bytes: stripJpegMetadata(raw), durationMs: null };
    if (mime === 'image/png') return { mime, bytes: stripPngMetadata(raw), durationMs: null };
    const measured =
      mime === 'audio/mpeg'
        ? mp3DurationMs(raw)
        : mime === 'audio/aac'
          ? adtsDurationMs(raw)
          : mp4DurationMs(raw);
    const durationMs = measured ?? (clientDurationMs == null ? null : Math.round(clientDurationMs));
    if (durationMs != null && durationMs > VOICE_MAX_MS + VOICE_SLACK_MS)
      throw new AppError('FILES.TOO_LONG');
    return { mime, bytes: raw, durationMs: durationMs == null ? null : Math.min(durationMs, VOICE_MAX_MS) };
  } catch (err) {
    if (err instanceof AppError) throw err;
    // A structure that does not parse is not the type its first bytes claim.
    throw new AppError('FILES.BAD_TYPE');
  }
}
