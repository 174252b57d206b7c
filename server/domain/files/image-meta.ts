/**
 * Removes what a photo says about where and by whom it was taken, keeping the picture.
 * JPEG: APP1 (Exif with GPS, XMP), APP13 (IPTC) and comments are dropped; the Exif orientation is
 * kept by writing a fresh Exif block holding only that tag, so phone photos stay upright.
 * PNG: eXIf and text chunks (which carry XMP) are dropped. Anything that does not parse throws.
 */

const DROP_JPEG = new Set([0xe1, 0xed, 0xfe]); // APP1, APP13, COM

function bad(): never {
  throw new Error('malformed image');
}

export function stripJpegMetadata(b: Buffer): Buffer {
  const out: Buffer[] = [b.subarray(0, 2)];
  let orientation: number | null = null;
  let i = 2;
  let sawFrame = false;
  for (;;) {
    if (i + 4 > b.length || b[i] !== 0xff) bad();
    const marker = b[i + 1];
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) bad(); // end of image before any scan
    const len = b.readUInt16BE(i + 2);
    if (len < 2 || i + 2 + len > b.length) bad();
    const seg = b.subarray(i, i + 2 + len);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      sawFrame = true;
    if (marker === 0xda) {
      if (!sawFrame) bad();
      const [head, ...rest] = out;
      const exif = orientation && orientation !== 1 ? [orientationSegment(orientation)] : [];
      // The fresh Exif goes after the start (and JFIF, if any) marker: readers look for it early.
      const jfifFirst = rest[0] && rest[0][1] === 0xe0 ? [rest.shift()!] : [];
      return Buffer.concat([head, ...jfifFirst, ...exif, ...rest, b.subarray(i)]);
    }
    if (marker === 0xe1 && orientation == null) orientation = readOrientation(seg.subarray(4));
    if (!DROP_JPEG.has(marker)) out.push(seg);
    i += 2 + len;
  }
}

/** The Exif orientation (1–8) from an APP1 payload, or null. */
export function readOrientation(p: Buffer): number | null {
  if (p.length < 14 || p.toString('latin1', 0, 6) !== 'Exif\0\0') return null;
  const t = p.subarray(6);
  const le = t.toString('latin1', 0, 2) === 'II';
  if (!le && t.toString('latin1', 0, 2) !== 'MM') return null;
  const u16 = (o: number) => (le ? t.readUInt16LE(o) : t.readUInt16BE(o));
  const u32 = (o: number) => (le ? t.readUInt32LE(o) : t.readUInt32BE(o));
  const ifd = u32(4);
  if (ifd + 2 > t.length) return null;
  const n = u16(ifd);
  for (let k = 0; k < n; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > t.length) return null;
    if (u16(e) === 0x0112) {
      const v = u16(e + 8);
      return v >= 1 && v <= 8 ? v : null;
    }
  }
  return null;
}

/** An APP1 Exif segment with a single IFD0 entry: Orientation. */
function orientationSegment(orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4); // IFD0 offset
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(0x0112, 10); // Orientation
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14); // count
  tiff.writeUInt16BE(orientation, 18);
  tiff.writeUInt32BE(0, 22); // no next IFD
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

const DROP_PNG = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

export function stripPngMetadata(b: Buffer): Buffer {
  const out: Buffer[] = [b.subarray(0, 8)];
  let i = 8;
  let first = true;
  for (;;) {
    if (i + 12 > b.length) bad();
    const len = b.readUInt32BE(i);
    const type = b.toString('latin1', i + 4, i + 8);
    if (i + 12 + len > b.length) bad();
    if (first && type !== 'IHDR') bad();
    first = false;
    if (!DROP_PNG.has(type)) out.push(b.subarray(i, i + 12 + len));
    i += 12 + len;
    if (type === 'IEND') return Buffer.concat(out);
  }
}
