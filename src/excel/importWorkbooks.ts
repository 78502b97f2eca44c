/**
 * Brings units' workbooks into the open one with insertWorksheetsFromBase64 (ExcelApi 1.13).
 * The inserted sheets are new; no existing sheet or cell is touched.
 */
import { throwIfCancelled } from './cancel';

export interface ImportSource {
  name: string;
  data: Uint8Array;
}

export interface ImportResult {
  file: string;
  sheets: string[];
}

/** Chunked so a 20 MB workbook does not build one giant argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export async function importWorkbooks(context: Excel.RequestContext, sources: readonly ImportSource[], signal?: AbortSignal): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const src of sources) {
    throwIfCancelled(signal);
    const inserted = context.workbook.insertWorksheetsFromBase64(toBase64(src.data), { positionType: 'End' });
    await context.sync();
    results.push({ file: src.name, sheets: inserted.value });
  }
  return results;
}
