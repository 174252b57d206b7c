import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/**
 * Cloud function `operator`: communities and first-admin invites for the platform operator, whose
 * openids the function's environment names in LINLI_OPERATORS (types/contract/operator.ts).
 */
export const main = makeCloudMain('operator', handlers);
