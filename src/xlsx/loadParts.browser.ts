/**
 * The browser's loadParts (webpack swaps it in for loadParts.ts): exceljs's browser build exposes
 * only its public `load`, so the parts it reads are packed again (untouched ones copied as they
 * are, prepared ones stored) and loaded through it. Same parts, same model; only slower, which a
 * pane opening a few files can afford.
 */
import ExcelJS from 'exceljs';
import { partRole } from './package/exceljsParts';
import type { PackageParts } from './package/parts';

export async function loadParts(parts: PackageParts): Promise<ExcelJS.Workbook> {
  const bytes = await parts.packed((name) => partRole(name) !== null);
  const wb = new ExcelJS.Workbook();
  // exceljs types its input as Node's Buffer; JSZip inside it takes any Uint8Array.
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return wb;
}
