import { makeCloudMain } from '../cloud-entry';

/** Cloud function `audit`: the audit trail for admins (types/contract/audit.ts). */
export const main = makeCloudMain('audit');
