import crypto from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '@linli/types';

/** A fresh random code in the one alphabet (types/codes.ts); uniqueness is the caller's index. */
export function newCode(): string {
  return Array.from(crypto.randomBytes(CODE_LENGTH), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}
