/** Building blocks of the contract: who may call, the action spec carrying its output type, shared fields. */
import { z } from 'zod';
import type { Role } from '../roles';

/**
 * Who may call an action.
 * - public: anyone, even without identity;
 * - user: any identified caller;
 * - community: the input carries communityId and the caller must hold one of `roles` there
 *   ('resident' means any member).
 */
export type Access = { kind: 'public' } | { kind: 'user' } | { kind: 'community'; roles: readonly Role[] };

export interface ActionSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  access: Access;
  /** Mutating actions run in one transaction and honour the request key (idempotent retries). */
  mutating: boolean;
  /** Phantom: carries the output type. */
  readonly __output?: O;
}

export function action<O>() {
  return <I extends z.ZodType>(spec: { input: I; access: Access; mutating?: boolean }): ActionSpec<I, O> => ({
    input: spec.input,
    access: spec.access,
    mutating: spec.mutating ?? false,
  });
}

export const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'id');
export const communityId = id;
export const shortText = (max: number) => z.string().trim().min(1).max(max);
export const isoTime = z.iso.datetime({ offset: true });
export const phone = z.string().regex(/^1\d{10}$/, 'phone');

export const open = { kind: 'public' } as const satisfies Access;
export const signedIn = { kind: 'user' } as const satisfies Access;
export const member = { kind: 'community', roles: ['resident'] } as const satisfies Access;
export const staff = { kind: 'community', roles: ['staff', 'admin'] } as const satisfies Access;
export const only = (...roles: Role[]): Access => ({ kind: 'community', roles });

/** Ids of uploaded files (from `POST /files` or `files.register`), no repeats, at most `max`. */
export const fileIds = (max: number) =>
  z
    .array(z.uuid())
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, '重复的文件');
