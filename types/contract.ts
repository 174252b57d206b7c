/**
 * The contract between the mini-program and the cloud functions: every function, its actions,
 * the zod schema of each action's input, who may call it and its output type (contract/<fn>.ts).
 * A renamed field breaks the build on both sides, not production.
 */
import type { z } from 'zod';
import { admin } from './contract/admin';
import { announcements } from './contract/announcements';
import { appeals } from './contract/appeals';
import { audit } from './contract/audit';
import { community } from './contract/community';
import { deliberation } from './contract/deliberation';
import { events } from './contract/events';
import { family } from './contract/family';
import { files } from './contract/files';
import { fund } from './contract/fund';
import { notices } from './contract/notices';
import { operator } from './contract/operator';
import { grids } from './contract/grids';
import { points } from './contract/points';
import { roster } from './contract/roster';
import { shop } from './contract/shop';
import { surveys } from './contract/surveys';
import { user } from './contract/user';
import type { ActionSpec } from './contract/define';

export type { Access, ActionSpec } from './contract/define';
export { TIME_RANGE, allowedUrlHosts, isAllowedFileUrl, setAllowedUrlHosts } from './contract/define';
export { fileIds } from './contract/define';
export { eventFields } from './contract/events';
export { FAMILY_CODE_DIGITS } from './contract/family';

export const contract = {
  community,
  user,
  events,
  fund,
  points,
  shop,
  audit,
  family,
  notices,
  files,
  appeals,
  grids,
  surveys,
  admin,
  operator,
  roster,
  announcements,
  deliberation,
} as const;

export type Contract = typeof contract;
export type FnName = keyof Contract;
export type ActionName<F extends FnName> = keyof Contract[F] & string;
type Spec<F extends FnName, A extends ActionName<F>> = Contract[F][A];
export type ActionInput<F extends FnName, A extends ActionName<F>> =
  Spec<F, A> extends ActionSpec<infer I, unknown> ? z.input<I> : never;
export type ActionParsed<F extends FnName, A extends ActionName<F>> =
  Spec<F, A> extends ActionSpec<infer I, unknown> ? z.output<I> : never;
export type ActionOutput<F extends FnName, A extends ActionName<F>> =
  Spec<F, A> extends ActionSpec<z.ZodType, infer O> ? O : never;

/** The request envelope on every transport. */
export interface Envelope {
  action: string;
  data: unknown;
  /** Client-generated key; a retry with the same key gets the original reply. */
  requestKey?: string;
}

/** Only the contract's own names: `constructor`, `__proto__`, `toString` … are no function or action. */
export function isFnName(fn: string): fn is FnName {
  return Object.hasOwn(contract, fn);
}

export function getSpec(fn: string, actionName: string): ActionSpec | undefined {
  if (!isFnName(fn)) return undefined;
  const f = contract[fn] as Record<string, ActionSpec>;
  return Object.hasOwn(f, actionName) ? f[actionName] : undefined;
}

export function listActions(): { fn: FnName; action: string; spec: ActionSpec }[] {
  return (Object.keys(contract) as FnName[]).flatMap((fn) =>
    Object.entries(contract[fn] as Record<string, ActionSpec>).map(([action, spec]) => ({ fn, action, spec })),
  );
}
