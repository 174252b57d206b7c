import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `announcements`: every action of types/contract.ts `announcements` (通知公告). */
export const main = makeCloudMain('announcements', handlers);
