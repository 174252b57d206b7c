/**
 * Small real-format files built byte by byte for the upload tests: a JPEG carrying GPS (Exif and XMP),
 * a PNG with eXIf and text chunks, MP3 / ADTS / M4A voice notes of a chosen length.
 */

function u16be(n: number) {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}
function u32be(n: number) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
function segment(marker: number, payload: Buffer) {
  return Buffer.concat([Buffer.from([0xff, marker]), u16be(payload.length + 2), payload]);
}

/** Exif (big-endian TIFF): IFD0 with Orientation and a GPS IFD holding 30°39′N 104°04′E. */
function exifWithGps(orientation: number): Buffer {
  // Layout: header 8 | IFD0 at 8: 2 entries (2 + 24 + 4 = 30) → GPS IFD at 38: 4 entries (2 + 48 + 4 = 54) → rationals at 92
  const entry = (tag: number, type: number, count: number, value: Buffer) =>
    Buffer.concat([
      u16be(tag),
      u16be(type),
      u32be(count),
      Buffer.concat([value, Buffer.alloc(4 - value.length)]),
    ]);
  const ifd0 = Buffer.concat([
    u16be(2),
    entry(0x0112, 3, 1, u16be(orientation)),
    entry(0x8825, 4, 1, u32be(38)),
    u32be(0),
  ]);
  const gps = Buffer.concat([
    u16be(4),
    entry(0x0001, 2, 2, Buffer.from('N\0')),
    entry(0x0002, 5, 3, u32be(92)),
    entry(0x0003, 2, 2, Buffer.from('E\0')),
    entry(0x0004, 5, 3, u32be(116)),
    u32be(0),
  ]);
  const rationals = (d: number, m: number, s: number) =>
    Buffer.concat([u32be(d), u32be(1), u32be(m), u32be(1), u32be(s), u32be(1)]);
  const tiff = Buffer.concat([
    Buffer.from('MM'),
    u16be(42),
    u32be(8),
    ifd0,
    gps,
    rationals(30, 39, 27),
    rationals(104, 4, 12),
  ]);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

export const GPS_XMP = 'exif:GPSLatitude="30,39.45N"';

/** A structurally valid baseline JPEG (tables and scan are filler) with Exif GPS and XMP GPS. */
export function jpegWithGps(orientation = 6): Buffer {
  const jfif = Buffer.from([0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const xmp = Buffer.from(
    `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description ${GPS_XMP}/></x:xmpmeta>`,
    'latin1',
  );
  const sof = Buffer.from([8, 0, 16, 0, 16, 1, 1, 0x11, 0]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, jfif),
    segment(0xe1, exifWithGps(orientation)),
    segment(0xe1, xmp),
    segment(0xfe, Buffer.from('iPhone 15 at 碧鸡桥')),
    segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
    segment(0xc0, sof),
    segment(0xc4, Buffer.concat([Buffer.from([0]), Buffer.alloc(16, 0), Buffer.alloc(0)])),
    segment(0xda, Buffer.from([1, 1, 0, 0, 63, 0])),
    Buffer.from([0x12, 0x34, 0xff, 0x00, 0x56, 0x78]),
    Buffer.from([0xff, 0xd9]),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer) {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer) {
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([u32be(data.length), td, u32be(crc32(td))]);
}

export function pngWithMetadata(): Buffer {
  const ihdr = Buffer.concat([u32be(1), u32be(1), Buffer.from([8, 2, 0, 0, 0])]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('eXIf', exifWithGps(1).subarray(6)),
    chunk('iTXt', Buffer.from(`XML:com.adobe.xmp\0\0\0\0\0${GPS_XMP}`, 'latin1')),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0xf8, 0x0f, 0x00, 0x01, 0x01, 0x01, 0x00])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** MPEG-1 Layer III, 128 kbit/s, 44.1 kHz: 417-byte frames of 26.12 ms, after an ID3v2 tag. */
export function mp3(seconds: number): Buffer {
  const frames = Math.round((seconds * 44100) / 1152);
  const frame = Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x00]), Buffer.alloc(413, 0x55)]);
  const id3 = Buffer.concat([Buffer.from('ID3'), Buffer.from([4, 0, 0, 0, 0, 0, 10]), Buffer.alloc(10)]);
  return Buffer.concat([id3, ...Array.from({ length: frames }, () => frame)]);
}

/** AAC-LC in ADTS, 44.1 kHz stereo: 1024 samples (23.2 ms) per 200-byte frame. */
export function adts(seconds: number): Buffer {
  const frames = Math.round((seconds * 44100) / 1024);
  const len = 200;
  const header = Buffer.from([
    0xff,
    0xf1,
    0x50,
    0x80 | (len >> 11),
    (len >> 3) & 0xff,
    ((len & 7) << 5) | 0x1f,
    0xfc,
  ]);
  const frame = Buffer.concat([header, Buffer.alloc(len - 7, 0x21)]);
  return Buffer.concat(Array.from({ length: frames }, () => frame));
}

function box(type: string, ...body: Buffer[]) {
  const b = Buffer.concat(body);
  return Buffer.concat([u32be(b.length + 8), Buffer.from(type, 'latin1'), b]);
}

/** An M4A with a movie header saying `seconds` (timescale 1000), or without moov when null. */
export function m4a(seconds: number | null): Buffer {
  const ftyp = box('ftyp', Buffer.from('M4A ', 'latin1'), u32be(0), Buffer.from('M4A isom', 'latin1'));
  const mvhd = box(
    'mvhd',
    u32be(0),
    u32be(0),
    u32be(0),
    u32be(1000),
    u32be(Math.round((seconds ?? 0) * 1000)),
    Buffer.alloc(80),
  );
  const moov = seconds === null ? Buffer.alloc(0) : box('moov', mvhd);
  return Buffer.concat([ftyp, moov, box('mdat', Buffer.alloc(4000, 0x11))]);
}
