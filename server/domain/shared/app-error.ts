import type { ErrorCode } from '@linli/types';

/**
 * An expected business refusal with a code from types/errors.ts. The router turns it into
 * `{ok:false, error:{code, message}}`; anything else thrown is a bug and becomes SERVER.INTERNAL.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Optional extra detail for people, appended to the standard message. */
    readonly detail?: string,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export function fail(code: ErrorCode, detail?: string): never {
  throw new AppError(code, detail);
}

/** Postgres unique_violation, as raised by both node-postgres and PGlite. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string; cause?: unknown } | null;
  if (!e) return false;
  if (e.code === '23505') return !constraint || e.constraint === constraint;
  return e.cause ? isUniqueViolation(e.cause, constraint) : false;
}
