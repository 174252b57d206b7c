/**
 * The resident sheet a community office keeps, in and out: the template's Chinese column names and reading a
 * filled-in sheet back by those names (column order and extra columns do not matter).
 */
import { AppError } from '../shared/app-error';
import { excel, readXlsxRows } from '../shared/sheets';

export const COLUMNS = {
  name: '姓名',
  phone: '手机号',
  birthYear: '出生年份',
  estate: '小区',
  building: '楼栋',
  unit: '单元',
  room: '门牌号',
  wechat: '是否有微信',
  note: '备注',
} as const;
export type Column = keyof typeof COLUMNS;

/** More rows than a community has residents: a sheet this long is a mistake, not a roster. */
export const MAX_ROWS = 10_000;

export interface SheetRow {
  /** 1-based, as Excel numbers it. */
  row: number;
  cells: Record<Column, string>;
}

const HELP: string[][] = [
  ['列名', '怎么填'],
  ['姓名', '必填。'],
  [
    '手机号',
    '11 位手机号；老人没有手机可以不填（这时按“姓名 + 门牌”认人）。居民以后在小程序里填同一个手机号和姓名，就会认领这条登记。',
  ],
  ['出生年份', '四位数字，如 1948；可不填。'],
  ['小区', '必填，写小区名称，和小程序里的一样。'],
  ['楼栋', '必填，如 3栋（只写 3 也可以）。'],
  ['单元', '如 2单元（只写 2 也可以）；没有单元的楼不填。'],
  ['门牌号', '必填，如 302。'],
  ['是否有微信', '填“是”或“否”。没有微信的老人照样登记，由网格员代报名、纸质表决。'],
  ['备注', '社区自己看的，不导入。'],
  ['', '同一张表导入两次不会重复登记：有手机号的按手机号，没有的按姓名和门牌。'],
];

export async function templateSheet(): Promise<Buffer> {
  const { Workbook } = await excel();
  const wb = new Workbook();
  const ws = wb.addWorksheet('居民名册');
  ws.addRow(Object.values(COLUMNS));
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c, i) => (c.width = [10, 14, 10, 12, 8, 8, 10, 12, 20][i]));
  // Phones and rooms as text, so Excel keeps leading zeros and does not write 1.38E+10.
  for (const key of ['phone', 'room', 'birthYear'] as Column[])
    ws.getColumn(Object.keys(COLUMNS).indexOf(key) + 1).numFmt = '@';
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const help = wb.addWorksheet('填写说明');
  for (const r of HELP) help.addRow(r);
  help.getColumn(1).width = 12;
  help.getColumn(2).width = 90;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The rows under the header row (the first row naming 姓名), by column name. */
export async function parseSheet(bytes: Buffer): Promise<SheetRow[]> {
  let grid: { row: number; cells: string[] }[];
  try {
    grid = await readXlsxRows(bytes, MAX_ROWS + 5);
  } catch {
    throw new AppError('IMPORT.BAD_SHEET');
  }
  const headerAt = grid.findIndex((r) => r.cells.some((c) => c.replace(/\s/g, '') === COLUMNS.name));
  if (headerAt < 0) throw new AppError('IMPORT.NO_HEADER');
  const header = grid[headerAt].cells.map((c) => c.replace(/[\s*＊]/g, ''));
  const index = Object.fromEntries(
    (Object.keys(COLUMNS) as Column[]).map((k) => [k, header.indexOf(COLUMNS[k])]),
  ) as Record<Column, number>;
  if (index.room < 0 || index.estate < 0 || index.building < 0) throw new AppError('IMPORT.NO_HEADER');
  const body = grid.slice(headerAt + 1);
  if (body.length > MAX_ROWS) throw new AppError('IMPORT.TOO_MANY_ROWS');
  return body.map(({ row, cells }) => ({
    row,
    cells: Object.fromEntries(
      (Object.keys(COLUMNS) as Column[]).map((k) => [k, index[k] < 0 ? '' : (cells[index[k]] ?? '').trim()]),
    ) as Record<Column, string>,
  }));
}
