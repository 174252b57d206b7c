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
    /** Commit what the handler wrote before refusing (see `refuseAndKeep`). */
    readonly keepWrites = false,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export function fail(code: ErrorCode, detail?: string): never {
  throw new AppError(code, detail);
}

/**
 * A refusal that is itself worth recording: unlike `fail`, what the handler wrote so far commits,
 * with the refusal stored as the request's reply. For counting wrong guesses, which a rollback
 * would forget (the family-code budget).
 */
export function refuseAndKeep(code: ErrorCode): never {
  throw new AppError(code, undefined, true);
}

/** Postgres unique_violation, as raised by both node-postgres and PGlite. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string; cause?: unknown } | null;
  if (!e) return false;
  if (e.code === '23505') return !constraint || e.constraint === constraint;
  return e.cause ? isUniqueViolation(e.cause, constraint) : false;
}
