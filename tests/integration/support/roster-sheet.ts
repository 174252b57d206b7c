/** Resident sheets for the import tests and bench: the downloaded template, filled in as an office would. */
import ExcelJS from 'exceljs';

export type SheetLine = Partial<
  Record<
    '姓名' | '手机号' | '出生年份' | '小区' | '楼栋' | '单元' | '门牌号' | '是否有微信' | '备注',
    string | number
  >
>;

/** Fills the template (its first sheet, header in row 1) with these lines. */
export async function fillTemplate(template: Buffer, lines: SheetLine[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  for (const l of lines) ws.addRow(header.map((h) => l[h as keyof SheetLine] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** `n` distinct residents of 碧鸡苑/桥畔花园 with phones from `phoneBase`, two per flat, every fifth without a phone. */
export function residents(n: number, phoneBase = 13900000000): SheetLine[] {
  return Array.from({ length: n }, (_, i) => {
    const flat = Math.floor(i / 2);
    return {
      姓名: `居民${i}`,
      手机号: i % 5 === 4 ? '' : String(phoneBase + i),
      出生年份: 1940 + (i % 60),
      小区: flat % 2 ? '碧鸡苑' : '桥畔花园',
      楼栋: `${(flat % 5) + 1}栋`,
      单元: `${(flat % 3) + 1}`,
      门牌号: String(101 + (flat % 40) + 100 * (Math.floor(flat / 40) % 30)),
      是否有微信: i % 3 ? '是' : '否',
    };
  });
}
