import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `roster`: every action of types/contract.ts `roster` (批量导入 of the resident sheet; the one function besides the exports that needs exceljs). */
export const main = makeCloudMain('roster', handlers);
