/** Fills a written template the way a unit would in Excel: counts by indicator id, status by task code. */
import ExcelJS from 'exceljs';
import { readable } from '../../../src/core/text/normalize';

export interface Fill {
  counts?: Record<string, [number | string | null, number | string | null]>;
  rates?: Record<string, number | string>;
  statuses?: Record<string, string>;
  /** Replaces the unit name in the `Đơn vị:` row. */
  unit?: string;
}

/** Finds rows by the id / code in column A, so the fill does not depend on the template's row numbers. */
export async function fillTemplate(path: string, f: Fill): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  let section = 0;
  ws.eachRow((row, r) => {
    const a = readable(row.getCell(1).text);
    if (a === 'Mã chỉ tiêu' || a === 'Indicator id') section = 1;
    else if (a === 'Mã nhiệm vụ' || a === 'Task code') section = 2;
    else if (a.startsWith('Đơn vị:') || a.startsWith('Unit:')) {
      if (f.unit !== undefined) ws.getCell(`B${r}`).value = f.unit;
    } else if (section === 1 && f.counts?.[a]) {
      ws.getCell(`D${r}`).value = f.counts[a][0];
      ws.getCell(`E${r}`).value = f.counts[a][1];
    } else if (section === 2 && f.statuses?.[a]) ws.getCell(`D${r}`).value = f.statuses[a];
    if (section === 1 && f.rates?.[a] !== undefined) ws.getCell(`F${r}`).value = f.rates[a];
  });
  await wb.xlsx.writeFile(path);
}
