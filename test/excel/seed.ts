/** The seed workbook as Grids, read once per test file with the .xlsx host. */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Grid } from '../../src/core/grid';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

export const SEED_PATH = join(__dirname, '../../assets/ke-hoach-cchc-2024.xlsx');

export function seedBytes(): Uint8Array {
  return new Uint8Array(readFileSync(SEED_PATH));
}

export function seedGrids(): Promise<Grid[]> {
  return readWorkbook(seedBytes());
}

/** A plain sheet of `rows` × `cols` text and numbers, for size tests. */
export function bigGrid(name: string, rows: number, cols: number): Grid {
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (c === 0 ? r + 1 : `ô ${r + 1}-${c + 1}`)),
  );
  return {
    sheet: name,
    origin: { row: 1, col: 1 },
    values,
    numberFormats: values.map((row) => row.map(() => 'General')),
    merges: [],
  };
}
