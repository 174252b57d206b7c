import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `audit`: the audit trail for admins (types/contract/audit.ts). */
export const main = makeCloudMain('audit', handlers);
