/**
 * The one alphabet of the codes people read aloud or type from paper: 代报名 claim slips and
 * 积分超市 redemption codes. No 0/O or 1/I, so a code read over the phone cannot be misheard.
 * (家人代办 codes are six digits on purpose: typed on a phone's number pad, short-lived.)
 */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;
/** What the contract accepts: any 8 letters or digits (one outside the alphabet is simply not found). */
export const CODE_PATTERN = new RegExp(`^[A-Z0-9]{${CODE_LENGTH}}$`);

/** 电脑登录: the QR on the PC holds this prefix and a 43-character base64url challenge. */
export const PC_QR_PREFIX = 'linli-pc:';
export const PC_CHALLENGE_PATTERN = /^[A-Za-z0-9_-]{43}$/;
