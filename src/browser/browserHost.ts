/**
 * The pane's host outside Excel: the "workbook" is a file the user opened (the bundled sample at
 * first), read with the .xlsx host; reports download as .xlsx. exceljs is loaded only here, on first
 * use, so the pane's first screen inside Excel never pays for it.
 */
import type { Grid } from '../core/grid';
import { FULL_CAPABILITIES } from '../excel/capabilities';
import { throwIfCancelled } from '../excel/cancel';
import { ownSheetName } from '../core/report/sheetNames';
import type { WorkbookHost } from '../taskpane/host/types';
import { downloadBytes } from './download';
import { layoutToGrid } from './layoutGrid';

const loadReader = () => import(/* webpackChunkName: "xlsx" */ '../xlsx/readWorkbook');
const loadWriter = () => import(/* webpackChunkName: "xlsx" */ '../xlsx/writeWorkbook');

export interface BrowserWorkbook {
  name: string;
  data: Uint8Array;
}

export interface BrowserHost extends WorkbookHost {
  kind: 'browser';
  open(workbook: BrowserWorkbook): void;
  current(): string | null;
}

export type Download = (bytes: Uint8Array, fileName: string) => void;

export function createBrowserHost(download: Download = downloadBytes): BrowserHost {
  let file: BrowserWorkbook | null = null;
  let grids: Grid[] | null = null;
  /** Sheets "added" to the open file this session (templates, imported units' sheets). */
  let added: Grid[] = [];

  const names = () => [...(grids ?? []), ...added].map((g) => g.sheet);

  return {
    kind: 'browser',
    capabilities: FULL_CAPABILITIES,
    open(workbook) {
      file = workbook;
      grids = null;
      added = [];
    },
    current: () => file?.name ?? null,
    async readGrids(options) {
      if (!file) return [];
      if (!grids) {
        const { readWorkbook } = await loadReader();
        throwIfCancelled(options.signal);
        grids = await readWorkbook(file.data);
      }
      throwIfCancelled(options.signal);
      options.onProgress?.({ done: 1, total: 1 });
      return [...grids, ...added];
    },
    async writeSheets(layouts, kind, fileName, options) {
      const { writeWorkbook } = await loadWriter();
      throwIfCancelled(options.signal);
      const bytes = await writeWorkbook(layouts);
      throwIfCancelled(options.signal);
      if (kind === 'submission') {
        for (const l of layouts) added.push(layoutToGrid(l, ownSheetName(l.name, names())));
      }
      download(bytes, fileName);
      return { kind: 'download', fileName };
    },
    selectCell: async () => false,
    async importWorkbooks(files, options) {
      const { readWorkbook } = await loadReader();
      let sheets = 0;
      for (const f of files) {
        throwIfCancelled(options.signal);
        const read = await readWorkbook(f.data);
        for (const g of read) {
          let name = g.sheet;
          for (let i = 2; names().includes(name); i++) name = `${g.sheet} (${i})`;
          added.push({ ...g, sheet: name });
          sheets++;
        }
      }
      return { files: files.length, sheets };
    },
  };
}
