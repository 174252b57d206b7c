/**
 * Every function's handler map, composed from the per-function maps (server/functions/<fn>/handlers.ts),
 * for the local runtime, the tests and the docs. The mapped type `Handlers` makes a contract function
 * without an entry here a compile error; each per-function map makes a missing action one.
 * Cloud bundles never import this file: each imports only its own map (see server/functions/<fn>/index.ts).
 *
 * Adding a function: its contract in types/contract, `server/functions/<fn>/handlers.ts`
 * (`export const handlers: FnHandlers<'<fn>'> = {…}`), `server/functions/<fn>/index.ts`
 * (`makeCloudMain('<fn>', handlers)`), and one line below.
 */
import type { Handlers } from './handler-types';
import { handlers as community } from './community/handlers';
import { handlers as user } from './user/handlers';
import { handlers as events } from './events/handlers';
import { handlers as fund } from './fund/handlers';
import { handlers as shop } from './shop/handlers';
import { handlers as audit } from './audit/handlers';
import { handlers as points } from './points/handlers';
import { handlers as family } from './family/handlers';
import { handlers as notices } from './notices/handlers';
import { handlers as files } from './files/handlers';
import { handlers as appeals } from './appeals/handlers';
import { handlers as grids } from './grids/handlers';
import { handlers as surveys } from './surveys/handlers';
import { handlers as admin } from './admin/handlers';
import { handlers as operator } from './operator/handlers';
import { handlers as roster } from './roster/handlers';
import { handlers as announcements } from './announcements/handlers';
import { handlers as deliberation } from './deliberation/handlers';

export type { FnHandlers, Handlers, HandlerCtx } from './handler-types';

export const handlers: Handlers = {
  community,
  user,
  events,
  fund,
  shop,
  audit,
  points,
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
};
