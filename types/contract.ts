/**
 * The contract between the mini-program and the cloud functions: every function, its actions,
 * the zod schema of each action's input, who may call it and its output type.
 * A renamed field breaks the build on both sides, not production.
 */
import { z } from 'zod';
import type { Role } from './roles';
import type {
  CommunityBrief,
  EstateBrief,
  EventDetail,
  EventSummary,
  HomeData,
  FundCard,
  Me,
  Membership,
  PointsSummary,
  RegistrationView,
  RosterEntry,
  StaffEventRow,
} from './models';
import { EVENT_CATEGORIES } from './models';

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

function action<O>() {
  return <I extends z.ZodType>(spec: { input: I; access: Access; mutating?: boolean }): ActionSpec<I, O> => ({
    input: spec.input,
    access: spec.access,
    mutating: spec.mutating ?? false,
  });
}

// ---- shared field schemas -------------------------------------------------------------------
const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'id');
const communityId = id;
const shortText = (max: number) => z.string().trim().min(1).max(max);
const member = { kind: 'community', roles: ['resident'] } as const satisfies Access;
const staff = { kind: 'community', roles: ['staff', 'admin'] } as const satisfies Access;

export const contract = {
  community: {
    list: action<CommunityBrief[]>()({ input: z.object({}).strict(), access: { kind: 'public' } }),
    estates: action<EstateBrief[]>()({
      input: z.object({ communityId }).strict(),
      access: { kind: 'public' },
    }),
    home: action<HomeData>()({ input: z.object({ communityId }).strict(), access: member }),
  },
  user: {
    me: action<Me>()({ input: z.object({}).strict(), access: { kind: 'user' } }),
    join: action<Membership>()({
      input: z
        .object({
          communityId,
          estateId: id,
          building: shortText(20),
          unit: shortText(20),
          acceptPrivacy: z.literal(true),
        })
        .strict(),
      access: { kind: 'user' },
      mutating: true,
    }),
    updateProfile: action<Me>()({
      input: z
        .object({
          name: shortText(20).optional(),
          birthYear: z.number().int().min(1900).max(2030).optional(),
          phone: z
            .string()
            .regex(/^1\d{10}$/, 'phone')
            .optional(),
        })
        .strict(),
      access: { kind: 'user' },
      mutating: true,
    }),
  },
  events: {
    list: action<EventSummary[]>()({
      input: z.object({ communityId, category: z.enum(EVENT_CATEGORIES).optional() }).strict(),
      access: member,
    }),
    detail: action<EventDetail>()({ input: z.object({ communityId, eventId: id }).strict(), access: member }),
    signup: action<RegistrationView>()({
      input: z.object({ communityId, eventId: id, partySize: z.number().int().min(1).max(10) }).strict(),
      access: member,
      mutating: true,
    }),
    mine: action<RegistrationView[]>()({ input: z.object({ communityId }).strict(), access: member }),
    staffList: action<StaffEventRow[]>()({ input: z.object({ communityId }).strict(), access: staff }),
    roster: action<RosterEntry[]>()({
      input: z.object({ communityId, eventId: id, query: z.string().trim().max(40).optional() }).strict(),
      access: staff,
    }),
  },
  fund: {
    card: action<FundCard>()({ input: z.object({ communityId }).strict(), access: member }),
  },
  points: {
    mine: action<PointsSummary>()({ input: z.object({ communityId }).strict(), access: member }),
  },
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

export function getSpec(fn: string, actionName: string): ActionSpec | undefined {
  const f = (contract as Record<string, Record<string, ActionSpec>>)[fn];
  if (!f || !Object.prototype.hasOwnProperty.call(f, actionName)) return undefined;
  return f[actionName];
}

export function listActions(): { fn: FnName; action: string; spec: ActionSpec }[] {
  return (Object.keys(contract) as FnName[]).flatMap((fn) =>
    Object.entries(contract[fn] as Record<string, ActionSpec>).map(([action, spec]) => ({ fn, action, spec })),
  );
}
