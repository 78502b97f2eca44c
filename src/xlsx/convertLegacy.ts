/**
 * A converted copy of a workbook: every cell (and rich-text run) typed in TCVN3 or VNI rewritten in
 * Unicode with its font reset to Times New Roman; cells already in Unicode left as they are. The
 * copy goes through exceljs (load, change, write): what exceljs does not keep on a round trip
 * (charts, images, form controls) is not in the copy — the original is never touched.
 */
import ExcelJS from 'exceljs';
import { detectLegacy, fontEncoding, type LegacyEncoding } from '../core/encoding';

export const UNICODE_FONT = 'Times New Roman';

export interface ConvertedCellRef {
  sheet: string;
  address: string;
  encoding: LegacyEncoding;
}

export interface ConversionResult {
  bytes: Uint8Array;
  converted: ConvertedCellRef[];
  /** Cells whose legacy font was reset although their text reads the same (digits, plain ASCII). */
  fontsReset: number;
}

type RichText = { text: string; font?: Partial<ExcelJS.Font> };

function isRich(v: unknown): v is { richText: RichText[] } {
  return typeof v === 'object' && v !== null && Array.isArray((v as { richText?: unknown }).richText);
}

export async function convertWorkbookBytes(input: Uint8Array): Promise<ConversionResult> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(input as unknown as ArrayBuffer);
  const converted: ConvertedCellRef[] = [];
  let fontsReset = 0;
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A formula's text is computed; its cached result is not the user's typing.
        if (cell.type === ExcelJS.ValueType.Formula) return;
        const font = cell.font?.name;
        const legacyFont = fontEncoding(font) !== null;
        const v = cell.value;
        if (typeof v === 'string') {
          const hit = detectLegacy(v, font);
          if (hit) {
            cell.value = hit.text;
            cell.font = { ...(cell.font ?? {}), name: UNICODE_FONT };
            converted.push({ sheet: ws.name, address: cell.address, encoding: hit.encoding });
          } else if (legacyFont && !/[\u0100-\u024f\u1ea0-\u1ef9]|[\u0300-\u036f]/.test(v)) {
            cell.font = { ...(cell.font ?? {}), name: UNICODE_FONT };
            fontsReset++;
          }
        } else if (isRich(v)) {
          let changed: LegacyEncoding | null = null;
          const runs = v.richText.map((run) => {
            const runFont = run.font?.name ?? font;
            const hit = detectLegacy(run.text, runFont);
            if (!hit && fontEncoding(runFont) === null) return run;
            if (hit) changed = hit.encoding;
            return { ...run, text: hit ? hit.text : run.text, font: { ...(run.font ?? {}), name: UNICODE_FONT } };
          });
          if (changed) {
            cell.value = { richText: runs };
            if (legacyFont) cell.font = { ...(cell.font ?? {}), name: UNICODE_FONT };
            converted.push({ sheet: ws.name, address: cell.address, encoding: changed });
          }
        } else if (legacyFont && (typeof v === 'number' || v instanceof Date)) {
          cell.font = { ...(cell.font ?? {}), name: UNICODE_FONT };
          fontsReset++;
        }
      });
    });
  });
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { bytes, converted, fontsReset };
}
