/**
 * The pane's host outside Excel: the "workbook" is a file the user opened (the bundled sample at
 * first), read with the .xlsx host; reports download as .xlsx. The reader (and exceljs, for writing) load only on first use,
 * so the pane's first screen never pays for it. Reading is delegated to a WorkbookReader: the
 * pane passes its engine's (a Web Worker in the browser), so a large file never blocks the pane.
 */
import type { Grid } from '../core/grid';
import { FULL_CAPABILITIES } from '../host/capabilities';
import { CancelledError, type TaskOptions, throwIfCancelled } from '../host/task';
import { ownSheetName } from '../core/report/sheetNames';
import type { WorkbookHost } from '../host/workbookHost';
import { downloadBytes } from './download';
import { layoutToGrid } from './layoutGrid';

const loadReader = () => import(/* webpackChunkName: "xlsx" */ '../docx/readAnyFile');
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

/** .xlsx bytes → Grids. */
export type WorkbookReader = (data: Uint8Array, options: TaskOptions) => Promise<Grid[]>;

/** On the calling thread, the reader loaded on first use. */
const readHere: WorkbookReader = async (data, options) => {
  const { readWorkbookOrDocument } = await loadReader();
  throwIfCancelled(options.signal);
  return readWorkbookOrDocument(data);
};

export function createBrowserHost(download: Download = downloadBytes, read: WorkbookReader = readHere): BrowserHost {
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
        const opened = file;
        const fresh = await read(opened.data, options);
        // A file opened while this one was being read wins: never cache the old file's sheets for it.
        if (file !== opened) throw new CancelledError();
        grids = fresh;
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
    /**
     * All or nothing, as in Excel: every file is read before any sheet is added, and a file that
     * cannot be read fails the import naming that file (not the first one picked).
     */
    async importWorkbooks(files, options) {
      const workbooks: Grid[][] = [];
      for (const f of files) {
        throwIfCancelled(options.signal);
        try {
          workbooks.push(await read(f.data, options));
        } catch (err) {
          if (err instanceof Error && err.name !== 'CancelledError') Object.assign(err, { file: f.name });
          throw err;
        }
      }
      let sheets = 0;
      for (const grids of workbooks) {
        for (const g of grids) {
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
