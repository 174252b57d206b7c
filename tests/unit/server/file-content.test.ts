/** Upload checks: type by content, size caps, voice length, and no location left in a photo. */
import { AppError } from '../../../server/domain/shared/app-error';
import { checkContent, sniff } from '../../../server/domain/files/content';
import { readOrientation } from '../../../server/domain/files/image-meta';
import { adts, GPS_XMP, jpegWithGps, m4a, mp3, pngWithMetadata } from '../../support/file-samples';

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof AppError ? err.code : `not an AppError: ${String(err)}`;
  }
}

/** The GPS IFD tag (0x8825) as it appears in a big-endian Exif entry. */
const GPS_TAG = Buffer.from([0x88, 0x25]);

describe('photos', () => {
  it('stores a JPEG without its Exif GPS, XMP and comment, keeping the picture and its orientation', () => {
    const original = jpegWithGps(6);
    expect(original.includes(GPS_TAG)).toBe(true);
    expect(original.includes(Buffer.from(GPS_XMP))).toBe(true);

    const { mime, bytes } = checkContent('appeal_photo', original);
    expect(mime).toBe('image/jpeg');
    expect(bytes.includes(GPS_TAG)).toBe(false);
    expect(bytes.includes(Buffer.from(GPS_XMP))).toBe(false);
    expect(bytes.includes(Buffer.from('碧鸡桥'))).toBe(false);
    expect(bytes.includes(Buffer.from([0x56, 0x78]))).toBe(true); // scan data intact
    expect(bytes.subarray(-8).equals(original.subarray(-8))).toBe(true);
    // The only Exif left is the orientation, so the photo stays upright.
    const app1 = bytes.indexOf(Buffer.from('Exif\0\0', 'latin1'));
    expect(app1).toBeGreaterThan(0);
    expect(readOrientation(bytes.subarray(app1))).toBe(6);
    // And it checks again cleanly (idempotent).
    expect(checkContent('appeal_photo', bytes).bytes.equals(bytes)).toBe(true);
  });

  it('writes no Exif at all when the photo is already upright', () => {
    const { bytes } = checkContent('event_cover', jpegWithGps(1));
    expect(bytes.includes(Buffer.from('Exif', 'latin1'))).toBe(false);
  });

  it('stores a PNG without eXIf and text chunks', () => {
    const { mime, bytes } = checkContent('item_photo', pngWithMetadata());
    expect(mime).toBe('image/png');
    expect(bytes.includes(Buffer.from('eXIf'))).toBe(false);
    expect(bytes.includes(Buffer.from(GPS_XMP))).toBe(false);
    expect(bytes.includes(Buffer.from('IDAT'))).toBe(true);
  });

  it('judges by content, not by name: a GIF, an SVG, a script or a truncated JPEG are refused', () => {
    expect(codeOf(() => checkContent('appeal_photo', Buffer.from('GIF89a....')))).toBe('FILES.BAD_TYPE');
    expect(codeOf(() => checkContent('appeal_photo', Buffer.from('<svg onload="alert(1)"/>')))).toBe(
      'FILES.BAD_TYPE',
    );
    expect(codeOf(() => checkContent('appeal_photo', Buffer.from('#!/bin/sh\nrm -rf /')))).toBe(
      'FILES.BAD_TYPE',
    );
    expect(codeOf(() => checkContent('appeal_photo', jpegWithGps().subarray(0, 60)))).toBe('FILES.BAD_TYPE');
    expect(codeOf(() => checkContent('appeal_photo', Buffer.alloc(0)))).toBe('FILES.BAD_TYPE');
  });

  it('refuses a photo for a voice note and a voice note for a photo', () => {
    expect(codeOf(() => checkContent('appeal_voice', jpegWithGps()))).toBe('FILES.BAD_TYPE');
    expect(codeOf(() => checkContent('appeal_photo', mp3(2)))).toBe('FILES.BAD_TYPE');
  });

  it('caps photos at 5 MB', () => {
    const big = Buffer.concat([jpegWithGps(), Buffer.alloc(5 * 1024 * 1024)]);
    expect(codeOf(() => checkContent('appeal_photo', big))).toBe('FILES.TOO_LARGE');
  });
});

describe('voice notes', () => {
  it('recognises MP3 (ID3 and bare frames), ADTS AAC and M4A by their bytes', () => {
    expect(sniff(mp3(1))).toBe('audio/mpeg');
    expect(sniff(mp3(1).subarray(20))).toBe('audio/mpeg');
    expect(sniff(adts(1))).toBe('audio/aac');
    expect(sniff(m4a(3))).toBe('audio/mp4');
  });

  it('measures the length by counting frames', () => {
    expect(checkContent('appeal_voice', mp3(30)).durationMs).toBeCloseTo(30_000, -2);
    expect(checkContent('appeal_voice', adts(12)).durationMs).toBeCloseTo(12_000, -2);
    expect(checkContent('appeal_voice', m4a(42.5)).durationMs).toBe(42_500);
  });

  it('accepts a full minute and refuses anything clearly longer, whatever the app claims', () => {
    expect(checkContent('appeal_voice', mp3(60)).durationMs).toBeLessThanOrEqual(60_000);
    expect(codeOf(() => checkContent('appeal_voice', mp3(63), 5_000))).toBe('FILES.TOO_LONG');
    expect(codeOf(() => checkContent('appeal_voice', adts(75)))).toBe('FILES.TOO_LONG');
    expect(codeOf(() => checkContent('appeal_voice', m4a(90)))).toBe('FILES.TOO_LONG');
  });

  it("trusts the recorder's length only when the file does not say", () => {
    expect(checkContent('appeal_voice', m4a(null), 20_000).durationMs).toBe(20_000);
    expect(checkContent('appeal_voice', m4a(null)).durationMs).toBeNull();
    expect(codeOf(() => checkContent('appeal_voice', m4a(null), 65_000))).toBe('FILES.TOO_LONG');
  });

  it('caps voice at 2 MB and refuses a frame header fronting something else', () => {
    expect(codeOf(() => checkContent('appeal_voice', mp3(140)))).toBe('FILES.TOO_LARGE');
    const smuggled = Buffer.concat([mp3(1).subarray(0, 20 + 417), Buffer.alloc(100_000, 0x41)]);
    expect(codeOf(() => checkContent('appeal_voice', smuggled))).toBe('FILES.BAD_TYPE');
    const brokenBoxes = Buffer.concat([m4a(3), Buffer.from([0, 0, 0, 99])]);
    expect(codeOf(() => checkContent('appeal_voice', brokenBoxes))).toBe('FILES.BAD_TYPE');
  });
});
