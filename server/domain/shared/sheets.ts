/**
 * .xlsx in and out through exceljs. exceljs is ~1 MB bundled, so it is loaded on first use
 * (`await import`) and only the functions that read or write sheets carry it.
 */
export type Cell = string | number | null;

export async function excel() {
  const mod = await import('exceljs');
  return (mod as unknown as { default?: typeof mod }).default ?? mod;
}

/** One sheet of text and numbers. Text is always written as text: a cell starting with `=` never becomes a formula. */
export async function writeXlsx(sheetName: string, rows: Cell[][], widths?: number[]): Promise<Buffer> {
  const { Workbook } = await excel();
  const wb = new Workbook();
  // Excel forbids []:*?/\ in sheet names and caps them at 31 characters.
  const ws = wb.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
  for (const row of rows)
    ws.addRow(
      row.map((v) =>
        v === null || v === '' ? null : typeof v === 'number' && Number.isFinite(v) ? v : String(v),
      ),
    );
  widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The first sheet's non-blank rows with their 1-based row numbers; cells as text (numbers, dates, rich text flattened). */
export async function readXlsxRows(
  bytes: Buffer,
  maxRows: number,
): Promise<{ row: number; cells: string[] }[]> {
  const { Workbook } = await excel();
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const out: { row: number; cells: string[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (out.length > maxRows) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = text(cell.value);
    });
    const filled = Array.from(cells, (c) => c ?? '');
    if (filled.some((c) => c !== '')) out.push({ row: rowNumber, cells: filled });
  });
  return out;
}

/** The first sheet's non-blank rows as text. */
export async function readXlsx(bytes: Buffer, maxRows: number): Promise<string[][]> {
  return (await readXlsxRows(bytes, maxRows)).map((r) => r.cells);
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; hyperlink?: string };
    if (o.richText)
      return o.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if (o.text !== undefined) return text(o.text);
    if (o.result !== undefined) return text(o.result);
  }
  return '';
}
