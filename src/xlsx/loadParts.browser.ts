/**
 * The browser's loadParts (webpack swaps it in for loadParts.ts): exceljs's browser build exposes
 * only its public `load`, so the prepared parts are packed again, stored without compression, and
 * loaded through it. Same parts, same result; only slower, which a pane opening a few files can afford.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { partRole } from './package/exceljsParts';

export type PartText = readonly [name: string, xml: string];

export async function loadParts(parts: readonly PartText[]): Promise<ExcelJS.Workbook> {
  const zip = new JSZip();
  for (const [name, xml] of parts) if (partRole(name)) zip.file(name, xml);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  const wb = new ExcelJS.Workbook();
  // exceljs types its input as Node's Buffer; JSZip inside it takes any Uint8Array.
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return wb;
}
