/**
 * Voice-note length from the bytes: MP3 and ADTS (AAC) by counting frames, M4A from the movie
 * header. Each returns null when the length cannot be read and throws when the structure is broken
 * (frames must cover nearly all of the file, so a header cannot front for something else).
 */

function bad(): never {
  throw new Error('malformed audio');
}

/** Frames must account for this share of the bytes after any ID3 tag. */
const COVERAGE = 0.9;

const MP3_BITRATES: Record<string, number[]> = {
  // kbps by index, [version 1 | 2/2.5] x layer
  '1-1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  '2-3': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const MP3_RATES: Record<number, number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

function id3Length(b: Buffer): number {
  if (b.length < 10 || b.toString('latin1', 0, 3) !== 'ID3') return 0;
  const size = ((b[6] & 0x7f) << 21) | ((b[7] & 0x7f) << 14) | ((b[8] & 0x7f) << 7) | (b[9] & 0x7f);
  const footer = b[5] & 0x10 ? 10 : 0;
  if (10 + size + footer > b.length) bad();
  return 10 + size + footer;
}

export function mp3DurationMs(b: Buffer): number {
  const start = id3Length(b);
  let i = start;
  let seconds = 0;
  let frames = 0;
  let covered = 0;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff || (b[i + 1] & 0xe0) !== 0xe0) break;
    const versionBits = (b[i + 1] >> 3) & 3; // 3 = MPEG1, 2 = MPEG2, 0 = MPEG2.5
    const layerBits = (b[i + 1] >> 1) & 3; // 3 = I, 2 = II, 1 = III
    const brIndex = b[i + 2] >> 4;
    const srIndex = (b[i + 2] >> 2) & 3;
    const padding = (b[i + 2] >> 1) & 1;
    if (versionBits === 1 || layerBits === 0 || brIndex === 0 || brIndex === 15 || srIndex === 3) break;
    const layer = 4 - layerBits;
    const v1 = versionBits === 3;
    const bitrate = MP3_BITRATES[`${v1 ? 1 : 2}-${layer}`][brIndex] * 1000;
    const rate = MP3_RATES[versionBits][srIndex];
    const samples = layer === 1 ? 384 : layer === 3 && !v1 ? 576 : 1152;
    const length =
      layer === 1
        ? (Math.floor((12 * bitrate) / rate) + padding) * 4
        : Math.floor(((samples / 8) * bitrate) / rate) + padding;
    if (i + length > b.length) break; // a cut-off last frame
    seconds += samples / rate;
    covered += length;
    frames++;
    i += length;
  }
  const tail = b.length - i;
  const tag = tail === 128 && b.toString('latin1', i, i + 3) === 'TAG' ? 128 : 0;
  if (frames === 0 || covered + tag < COVERAGE * (b.length - start)) bad();
  return Math.round(seconds * 1000);
}

const ADTS_RATES = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];

export function adtsDurationMs(b: Buffer): number {
  let i = 0;
  let seconds = 0;
  let frames = 0;
  while (i + 7 <= b.length) {
    if (b[i] !== 0xff || (b[i + 1] & 0xf6) !== 0xf0) break;
    const rate = ADTS_RATES[(b[i + 2] >> 2) & 0x0f];
    const length = ((b[i + 3] & 0x03) << 11) | (b[i + 4] << 3) | (b[i + 5] >> 5);
    if (!rate || length < 7 || i + length > b.length) break;
    seconds += (((b[i + 6] & 0x03) + 1) * 1024) / rate;
    frames++;
    i += length;
  }
  if (frames === 0 || i < COVERAGE * b.length) bad();
  return Math.round(seconds * 1000);
}

/** Top-level boxes must tile the file; the length comes from moov/mvhd, or null when there is none. */
export function mp4DurationMs(b: Buffer): number | null {
  let result: number | null = null;
  for (const box of boxes(b, 0, b.length)) {
    if (box.type !== 'moov') continue;
    for (const inner of boxes(b, box.body, box.end)) {
      if (inner.type !== 'mvhd') continue;
      const p = inner.body;
      const v1 = b[p] === 1;
      if (p + (v1 ? 32 : 20) > inner.end) bad();
      const scale = b.readUInt32BE(p + (v1 ? 20 : 12));
      const duration = v1 ? Number(b.readBigUInt64BE(p + 24)) : b.readUInt32BE(p + 16);
      // A fragmented file (what browsers record) says 0 here: the length is then unknown, not zero.
      if (scale > 0 && duration > 0 && duration !== 0xffffffff) result = Math.round((duration / scale) * 1000);
    }
  }
  return result;
}

function boxes(b: Buffer, from: number, to: number): { type: string; body: number; end: number }[] {
  const found: { type: string; body: number; end: number }[] = [];
  let i = from;
  while (i < to) {
    if (i + 8 > to) bad();
    let size = b.readUInt32BE(i);
    let header = 8;
    if (size === 1) {
      if (i + 16 > to) bad();
      size = Number(b.readBigUInt64BE(i + 8));
      header = 16;
    } else if (size === 0) size = to - i;
    if (size < header || i + size > to) bad();
    found.push({ type: b.toString('latin1', i + 4, i + 8), body: i + header, end: i + size });
    i += size;
  }
  return found;
}
