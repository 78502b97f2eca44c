/**
 * A Grid with its legacy-encoded text turned into Unicode, for reading, and the cells that were.
 * The Grid handed in is not changed: a converted copy of `values` is made only when a cell converts.
 */
import { columnLetter, type CellValue, type Grid } from '../grid';
import { makeFinding, type Finding } from '../findings/finding';
import { ENCODING_CODES } from './codes';
import { detectLegacy, type LegacyEncoding } from './legacy';

export interface ConvertedCell {
  /** Physical 1-based row and column, as Excel shows them. */
  row: number;
  col: number;
  encoding: LegacyEncoding;
  from: string;
  to: string;
}

export interface ConvertedGrid {
  grid: Grid;
  cells: ConvertedCell[];
}

/**
 * A Grid is never changed once read, and a check reads each one twice (as a possible unit report,
 * then as the plan): it is converted once.
 */
const converted = new WeakMap<Grid, ConvertedGrid>();

export function convertLegacyGrid(grid: Grid): ConvertedGrid {
  let out = converted.get(grid);
  if (!out) {
    out = convert(grid);
    converted.set(grid, out);
  }
  return out;
}

function convert(grid: Grid): ConvertedGrid {
  const cells: ConvertedCell[] = [];
  let values: CellValue[][] | null = null;
  const fonts = grid.cellFonts;
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const hit = detectLegacy(v, fonts?.[`${r}:${c}`]);
      if (!hit) continue;
      values ??= grid.values.map((x) => x.slice());
      values[r][c] = hit.text;
      cells.push({ row: grid.origin.row + r, col: grid.origin.col + c, encoding: hit.encoding, from: v, to: hit.text });
    }
  }
  return { grid: values ? { ...grid, values } : grid, cells };
}

/** Cells listed in one finding: enough to find them; the count says how many there are. */
const MAX_LISTED = 20;

/** One info finding per sheet and encoding: which cells were read as converted text. */
export function legacyEncodingFindings(
  sheet: string,
  cells: readonly ConvertedCell[],
  file: string | null = null,
): Finding[] {
  const by = new Map<LegacyEncoding, ConvertedCell[]>();
  for (const c of cells) {
    const list = by.get(c.encoding);
    if (list) list.push(c);
    else by.set(c.encoding, [c]);
  }
  return [...by].map(([encoding, list]) => {
    const first = list[0];
    const addresses = list.slice(0, MAX_LISTED).map((c) => `${columnLetter(c.col)}${c.row}`);
    return makeFinding(
      'legacy-encoding',
      ENCODING_CODES['legacy-encoding'],
      { file, sheet, row: first.row, column: columnLetter(first.col) },
      first.from.slice(0, 120),
      {
        encoding,
        count: list.length,
        cells: addresses.join(', ') + (list.length > MAX_LISTED ? ', …' : ''),
        example: first.to.slice(0, 120),
      },
    );
  });
}
