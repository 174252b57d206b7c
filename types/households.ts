/**
 * 户 (household) = estate + building + unit + room. The app and the server normalise a room number the same way,
 * so "302", "３０２", "302室" and " 302号 " are one household.
 */

/** A room number as people write it → the form stored: half-width, no spaces, no trailing 室/号/房, upper case. */
export function normalizeRoom(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[室号房]$/u, '')
    .toUpperCase();
}

/** Accepts 1–8 letters, digits and dashes after normalising (e.g. 302, 1-302, B12). */
export const ROOM_PATTERN = /^[0-9A-Z-]{1,8}$/;

export function isValidRoom(raw: string): boolean {
  return ROOM_PATTERN.test(normalizeRoom(raw));
}

/** How a household is written on a page: 碧鸡园 3栋 2单元 302. */
export function householdLabel(h: { estateName: string; building: string; unit: string | null; room: string }): string {
  return [h.estateName, h.building, h.unit || null, h.room].filter(Boolean).join(' ');
}
