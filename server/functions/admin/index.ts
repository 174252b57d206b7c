import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `admin`: the community admin's roles, invites, fund rules and estates (types/contract/admin.ts). */
export const main = makeCloudMain('admin', handlers);
