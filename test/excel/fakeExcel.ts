/**
 * A fake Excel.RequestContext shaped like Office.js, built from Grids of real workbooks. Unlike
 * office-addin-mock it THROWS when a property is read before load + sync, queues every command
 * until sync() as Office.js does, counts round trips, estimates each request's payload, and
 * records any write that lands on a sheet the add-in did not create.
 *
 * It behaves as Microsoft documents, each behaviour with its source:
 * - errors are OfficeExtension.Error-like objects with a `code` from Excel.ErrorCodes, thrown by
 *   sync() (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling):
 *   ItemNotFound for a sheet that is not there, ItemAlreadyExists for a name taken, InvalidArgument
 *   for a bad address or an array that does not fit its range, InvalidOperation on a null object,
 *   RangeExceedsLimit when more than five million cells are loaded at once;
 * - Excel on the web refuses a request or a response over 5 MB, with
 *   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, or, as observed on the web,
 *   with GeneralException from an HTTP 500 (`oversize = 'http500'`; office-js#1314,
 *   office-js-docs-reference#354); a refused request is not run at all
 *   (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 *   other platforms have no such limit; every platform refuses to load more than 5 million cells;
 * - getMergedAreasOrNullObject fails past 512 merged areas in its range (its JSDoc in
 *   @types/office-js; no code is documented: GeneralException here) and returns only the areas
 *   whose top-left cell is in the range (office-js#3611);
 * - RangeAreas.address names the sheet in every area ("Sheet1!A1:B4, Sheet1!D1:D4", its JSDoc),
 *   quoted the way Excel quotes sheet names in references (see `excelSheetRef` below);
 * - insertWorksheetsFromBase64 returns the new worksheets' ids; on the web it answers
 *   UnsupportedFeature for sources with charts, comments, PivotTables or slicers; it is not
 *   supported on iPad (its JSDoc); worksheets.getItem takes a name or an id (its JSDoc);
 * - a protected workbook (WorkbookProtection.protected, ExcelApi 1.7) refuses new or deleted
 *   sheets, as Excel's Protect Workbook (structure) does; the code is not documented: AccessDenied;
 * - in cell-edit mode a batch fails with InvalidOperationInCellEditMode, unless the run asked for
 *   `delayForCellEdit`, then it waits until the user leaves the cell (Excel.RunOptions JSDoc);
 * - with several workbooks open and this one not in focus, sync fails with InactiveWorkbook;
 * - Worksheet.pageLayout is ExcelApi 1.9 (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout):
 *   below it (`excelApi` < 1.9) the batch fails with ApiNotFound; setPrintTitleRows takes whole rows
 *   only ("The range must span the entire row to be valid", its JSDoc: `$1:$3`), else InvalidArgument;
 *   PageLayoutZoomOptions.scale is 10–400 (its JSDoc);
 * - ChartAxis.numberFormat is ExcelApi 1.8 (https://learn.microsoft.com/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-numberformat-member):
 *   below it the batch fails with ApiNotFound; chart.axes.valueAxis itself is ExcelApi 1.1;
 */
import { strFromU8, unzipSync } from 'fflate';
import type { Grid, MergeArea } from '../../src/core/grid';

type Scalar = string | number | boolean;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  fill?: string;
  wrap?: boolean;
}

let sheetCounter = 0;

/** An error as Office.js rejects a sync with: `code` from Excel.ErrorCodes, a message, debugInfo. */
export function officeError(
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): Error & { code: string } {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code, debugInfo: { code, message }, ...extra });
}

export type FakePlatform = 'web' | 'windows' | 'mac' | 'ipad';

export class FakeSheet {
  values: Scalar[][] = [];
  formats: string[][] = [];
  formulas = new Map<string, string>();
  styles = new Map<string, CellStyle>();
  merges: MergeArea[] = [];
  columnWidths = new Map<number, number>();
  validations: { area: MergeArea; rule: unknown }[] = [];
  charts: FakeChart[] = [];
  frozenRows = 0;
  /** What Worksheet.pageLayout was given: paper, orientation, zoom, title rows, footer sections. */
  print: {
    paperSize?: string;
    orientation?: string;
    zoom?: unknown;
    titleRows?: string;
    leftFooter?: string;
    rightFooter?: string;
  } = {};
  /** Worksheet ids look like Excel's: a braced GUID. */
  readonly id = `{${String(++sheetCounter).padStart(8, '0')}-0000-4000-8000-00000000c0de}`;
  constructor(
    public name: string,
    public readonly createdByAddin: boolean,
  ) {}

  get(r: number, c: number): Scalar {
    return this.values[r]?.[c] ?? '';
  }
  fmt(r: number, c: number): string {
    return this.formats[r]?.[c] ?? 'General';
  }
  set(r: number, c: number, v: Scalar, f?: string): void {
    (this.values[r] ??= [])[c] = v;
    if (f !== undefined) (this.formats[r] ??= [])[c] = f;
  }
  /** Bounding box of non-empty values (what getUsedRange(true) gives), 0-based, or null. */
  usedBox(): { r0: number; c0: number; r1: number; c1: number } | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    this.values.forEach((row, r) => {
      row?.forEach((v, c) => {
        if (v === '' || v === undefined) return;
        if (r < r0) r0 = r;
        if (r > r1) r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      });
    });
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }
}

export class FakeChart {
  title = { text: '' };
  series: { name: string; values?: string; categories?: string }[] = [];
  position: string | null = null;
  /** The value axis' tick-label format, once set (ChartAxis.numberFormat). */
  valueAxisFormat: string | null = null;
  constructor(public type: string) {}
}

interface Box {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

export interface FakeStats {
  syncs: number;
  /** Syncs that Excel refused (any error). */
  failedSyncs: number;
  /** getMergedAreasOrNullObject calls executed. */
  mergedAreaCalls: number;
  /** Largest JSON size of what one sync sent or received, bytes. */
  maxPayload: number;
  /** Writes that targeted a sheet the add-in did not create: must stay empty. */
  userWrites: string[];
  selected: string | null;
  active: string | null;
}

/** getMergedAreasOrNullObject's documented limit. */
export const MERGED_AREAS_LIMIT = 512;

/**
 * A sheet name as Excel writes it in a reference, by Excel's rule, not by the add-in's code: left
 * bare when it is one word of letters (any script), digits, `_` and `.` that starts with a letter
 * or `_` and could not be read as a cell (`A1`, `XFD1048576`) or R1C1 reference; otherwise in single
 * quotes with each quote doubled ('Phụ lục 2', 'Bob''s', '2024').
 */
export function excelSheetRef(name: string): string {
  const word = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name);
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name);
  return word && !looksLikeCell ? name : `'${name.split("'").join("''")}'`;
}

function letters(col1: number): string {
  let s = '';
  for (let n = col1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseRef(ref: string): Box {
  const rows = /^(\d+):(\d+)$/.exec(ref);
  if (rows) return { r0: Number(rows[1]) - 1, c0: 0, rows: Number(rows[2]) - Number(rows[1]) + 1, cols: 16384 };
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref.replace(/\$/g, '').toUpperCase());
  if (!m) throw officeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${ref}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r0 = Number(m[2]) - 1;
  const c0 = col(m[1]) - 1;
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  const c1 = m[3] ? col(m[3]) - 1 : c0;
  return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** Base of every proxy: properties readable only after load + sync, commands queued until sync. */
class FakeProxy {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: "${prop}" was read before load() and sync()`);
    return this.loaded.get(prop) as T;
  }
  protected props(spec: string | string[] | undefined): string[] {
    const list = Array.isArray(spec) ? spec : (spec ?? '').split(',');
    return list.map((s) => s.trim()).filter(Boolean);
  }
}

export class FakeContext {
  readonly stats: FakeStats = {
    syncs: 0,
    failedSyncs: 0,
    mergedAreaCalls: 0,
    maxPayload: 0,
    userWrites: [],
    selected: null,
    active: null,
  };
  readonly sheets: FakeSheet[];
  readonly workbook: FakeWorkbook;
  private queue: { op: () => unknown; request: number }[] = [];
  /** Response bytes of the sync in progress. */
  payload = 0;
  /** Excel on the web's request and response limit, applied when `platform` is 'web'. */
  payloadLimit = 5 * 1024 * 1024;
  /** How the web answers an oversize payload: the documented codes, or an HTTP 500. */
  oversize: 'documented' | 'http500' = 'documented';
  /** The limits above are the web's; desktop Excel has none (the resource-limits page). */
  platform: FakePlatform = 'web';
  /** Workbook structure protected (Review › Protect Workbook). */
  protected = false;
  /** The user is typing in a cell. */
  cellEditMode = false;
  /** Set by fakeExcelRun from Excel.RunOptions for the batch in progress. */
  delayForCellEdit = false;
  /** Another workbook has the focus. */
  inactive = false;
  /** The ExcelApi requirement set this Excel supports, as a minor version of 1.x (1.17 → 17). */
  excelApi = 17;
  /** Hook for insertWorksheetsFromBase64: turns file bytes into Grids. */
  importer: ((data: Uint8Array) => Promise<Grid[]>) | null = null;
  private editEnded: (() => void)[] = [];

  constructor(grids: readonly Grid[]) {
    this.sheets = grids.map((g) => sheetFromGrid(g));
    this.workbook = new FakeWorkbook(this);
  }

  /** Queues a command; `request` is what it adds to the request sent at sync (bytes of JSON). */
  enqueue(op: () => unknown, request = 0): void {
    this.queue.push({ op, request });
  }

  /** The user leaves the cell: batches waiting under delayForCellEdit go on. */
  leaveCellEdit(): void {
    this.cellEditMode = false;
    for (const resume of this.editEnded.splice(0)) resume();
  }

  private fail(err: Error): never {
    this.stats.failedSyncs++;
    throw err;
  }

  private tooLarge(kind: 'Request' | 'Response'): Error {
    if (this.oversize === 'http500')
      return officeError('GeneralException', 'An internal error has occurred.', { httpStatusCode: 500 });
    return officeError(
      `${kind}PayloadSizeLimitExceeded`,
      `The ${kind.toLowerCase()} payload size has exceeded the limit.`,
    );
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    const ops = this.queue;
    this.queue = [];
    if (this.inactive)
      this.fail(
        officeError(
          'InactiveWorkbook',
          'The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.',
        ),
      );
    if (this.cellEditMode) {
      if (!this.delayForCellEdit)
        this.fail(
          officeError(
            'InvalidOperationInCellEditMode',
            "The operation isn't available while Excel is in Edit cell mode.",
          ),
        );
      await new Promise<void>((resolve) => this.editEnded.push(resolve));
    }
    const request = ops.reduce((n, o) => n + o.request, 0);
    if (request > this.stats.maxPayload) this.stats.maxPayload = request;
    // A refused request is not run: nothing of it happens.
    if (this.platform === 'web' && request > this.payloadLimit) this.fail(this.tooLarge('Request'));
    this.payload = 0;
    try {
      for (const o of ops) await o.op();
    } catch (err) {
      this.fail(err as Error);
    }
    if (this.payload > this.stats.maxPayload) this.stats.maxPayload = this.payload;
    if (this.platform === 'web' && this.payload > this.payloadLimit) this.fail(this.tooLarge('Response'));
  }

  /** A sheet by name (case-insensitive, as Excel compares them) or by id. */
  sheet(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  }

  /** Records a write; a write to a sheet the add-in did not create is a bug the tests must see. */
  touch(sheet: FakeSheet, what: string): void {
    if (!sheet.createdByAddin) this.stats.userWrites.push(`${sheet.name}: ${what}`);
  }

  /** Adds to the response of the sync in progress. */
  count(value: unknown): void {
    this.payload += JSON.stringify(value ?? null).length;
  }
}

/** Bytes a value adds to a request as JSON. */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

function sheetFromGrid(g: Grid): FakeSheet {
  const s = new FakeSheet(g.sheet, false);
  g.values.forEach((row, r) => {
    row.forEach((v, c) => {
      const fmt = g.numberFormats?.[r]?.[c] ?? undefined;
      if (v !== null || fmt) s.set(g.origin.row - 1 + r, g.origin.col - 1 + c, v ?? '', fmt ?? undefined);
    });
  });
  s.merges = g.merges.map((m) => ({ ...m }));
  return s;
}

/** Content types of what Excel on the web cannot insert (ECMA-376 and Microsoft's extensions). */
const WEB_UNSUPPORTED_CONTENT = [
  'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  'application/vnd.ms-excel.threadedcomments+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
  'application/vnd.ms-excel.slicer+xml',
];

/** The source's [Content_Types].xml, the part every package lists its parts' kinds in. */
function contentTypes(data: Uint8Array): string {
  try {
    const parts = unzipSync(data, { filter: (f) => f.name === '[Content_Types].xml' });
    const xml = parts['[Content_Types].xml'];
    return xml ? strFromU8(xml) : '';
  } catch {
    return '';
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeProtection;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.protection = new FakeProtection(ctx);
  }
  insertWorksheetsFromBase64(base64: string, _options?: unknown): { value: string[] } {
    const result: { value: string[] } = {
      get value(): string[] {
        throw new Error('PropertyNotLoaded: ClientResult.value read before sync()');
      },
    };
    this.ctx.enqueue(async () => {
      if (this.ctx.platform === 'ipad')
        throw officeError('ApiNotFound', 'insertWorksheetsFromBase64 is not supported on iPad.');
      if (this.ctx.protected) throw officeError('AccessDenied', 'You cannot perform the requested operation.');
      if (!this.ctx.importer) throw new Error('no importer');
      const data = Uint8Array.from(Buffer.from(base64, 'base64'));
      if (this.ctx.platform === 'web') {
        const types = contentTypes(data);
        if (WEB_UNSUPPORTED_CONTENT.some((t) => types.includes(t))) {
          throw officeError(
            'UnsupportedFeature',
            'The operation failed because the source worksheet contains one or more unsupported features.',
          );
        }
      }
      const grids = await this.ctx.importer(data);
      const ids: string[] = [];
      for (const g of grids) {
        let name = g.sheet;
        for (let i = 2; this.ctx.sheet(name); i++) name = `${g.sheet} (${i})`;
        const s = sheetFromGrid({ ...g, sheet: name });
        // Imported sheets are new sheets, not the user's existing ones.
        const own = new FakeSheet(name, true);
        Object.assign(own, { values: s.values, formats: s.formats, merges: s.merges });
        this.ctx.sheets.push(own);
        ids.push(own.id);
      }
      this.ctx.count(ids);
      Object.defineProperty(result, 'value', { value: ids });
    }, base64.length + 64);
    return result;
  }
}

class FakeProtection extends FakeProxy {
  load(_spec?: string | string[]): void {
    this.ctx.enqueue(() => {
      this.loaded.set('protected', this.ctx.protected);
      this.ctx.count(this.ctx.protected);
    }, 40);
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

export class FakeWorksheetCollection extends FakeProxy {
  load(spec?: string | string[]): void {
    const wanted = this.props(spec);
    this.ctx.enqueue(() => {
      this.ctx.count(this.ctx.sheets.map((s) => s.name));
      if (wanted.some((p) => p.startsWith('items')))
        this.loaded.set(
          'items',
          this.ctx.sheets.map((s) => new FakeWorksheet(this.ctx, s.name, true)),
        );
    });
  }
  get items(): FakeWorksheet[] {
    return this.read('items');
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, false);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, false, true);
  }
  add(name: string): FakeWorksheet {
    this.ctx.enqueue(() => {
      if (this.ctx.protected) throw officeError('AccessDenied', 'You cannot perform the requested operation.');
      if (this.ctx.sheet(name))
        throw officeError('ItemAlreadyExists', `The resource being created already exists: ${name}`);
      this.ctx.sheets.push(new FakeSheet(name, true));
    }, 60 + name.length);
    return new FakeWorksheet(this.ctx, name, false);
  }
}

/** Worksheet.pageLayout: every setter is a queued command that fails below ExcelApi 1.9. */
class FakePageLayout {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}
  private set(what: keyof FakeSheet['print'], value: unknown, check?: () => void): void {
    this.ctx.enqueue(() => {
      if (this.ctx.excelApi < 9)
        throw officeError(
          'ApiNotFound',
          'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
        );
      check?.();
      const s = this.sheet();
      this.ctx.touch(s, `pageLayout.${what}`);
      (s.print as Record<string, unknown>)[what] = value;
    }, 40);
  }
  set paperSize(v: string) {
    this.set('paperSize', v);
  }
  set orientation(v: string) {
    this.set('orientation', v);
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.set('zoom', v, () => {
      if (v.scale !== undefined && (v.scale < 10 || v.scale > 400))
        throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    });
  }
  setPrintTitleRows(rows: string): void {
    this.set('titleRows', rows, () => {
      if (!/^\$?\d+:\$?\d+$/.test(rows))
        throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    });
  }
  get headersFooters(): { defaultForAllPages: { leftFooter: string; rightFooter: string } } {
    const set = (what: 'leftFooter' | 'rightFooter', v: string) => this.set(what, v);
    return {
      defaultForAllPages: {
        set leftFooter(v: string) {
          set('leftFooter', v);
        },
        set rightFooter(v: string) {
          set('rightFooter', v);
        },
      },
    };
  }
}

export class FakeWorksheet extends FakeProxy {
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly pageLayout: FakePageLayout;
  readonly charts: { add: (type: string, source: FakeRange, seriesBy?: string) => FakeChartProxy };
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    nameLoaded: boolean,
    private readonly orNull = false,
  ) {
    super(ctx);
    if (nameLoaded) this.loaded.set('name', sheetName);
    this.pageLayout = new FakePageLayout(ctx, () => this.resolve());
    this.freezePanes = {
      freezeRows: (n: number) =>
        ctx.enqueue(() => {
          const s = this.resolve();
          ctx.touch(s, 'freezeRows');
          s.frozenRows = n;
        }),
    };
    this.charts = {
      add: (type: string, source: FakeRange) => {
        const chart = new FakeChart(type);
        ctx.enqueue(() => {
          const s = this.resolve();
          ctx.touch(s, 'chart');
          chart.series.push({ name: '', values: source.describe() });
          s.charts.push(chart);
        });
        return new FakeChartProxy(ctx, chart);
      },
    };
    if (orNull) ctx.enqueue(() => this.loaded.set('isNullObject', !ctx.sheet(sheetName)));
  }
  resolve(): FakeSheet {
    const s = this.ctx.sheet(this.sheetName);
    if (!s) throw officeError('ItemNotFound', `The requested resource doesn't exist: sheet ${this.sheetName}`);
    return s;
  }
  delete(): void {
    this.ctx.enqueue(() => {
      if (this.ctx.protected) throw officeError('AccessDenied', 'You cannot perform the requested operation.');
      const s = this.resolve();
      this.ctx.touch(s, 'delete');
      this.ctx.sheets.splice(this.ctx.sheets.indexOf(s), 1);
    }, 60);
  }
  get name(): string {
    return this.read('name');
  }
  get isNullObject(): boolean {
    if (!this.orNull) return false;
    return this.read('isNullObject');
  }
  load(spec?: string | string[]): void {
    const wanted = this.props(spec);
    this.ctx.enqueue(() => {
      if (this.orNull && !this.ctx.sheet(this.sheetName)) return;
      const s = this.resolve();
      if (wanted.includes('name')) this.loaded.set('name', s.name);
      if (wanted.includes('id')) this.loaded.set('id', s.id);
      this.ctx.count([s.name, s.id]);
    }, 60);
  }
  get id(): string {
    return this.read('id');
  }
  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.stats.active = this.resolve().name;
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.resolve();
        const b = s.usedBox();
        return b ? { sheet: s, box: { r0: b.r0, c0: b.c0, rows: b.r1 - b.r0 + 1, cols: b.c1 - b.c0 + 1 } } : null;
      },
      true,
    );
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.resolve();
      return { sheet: s, box: address ? parseRef(address) : { r0: 0, c0: 0, rows: 1048576, cols: 16384 } };
    });
  }
  getRangeByIndexes(r0: number, c0: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.resolve(), box: { r0, c0, rows, cols } }));
  }
}

class FakeChartProxy {
  readonly title: { text: string };
  readonly series: { getItemAt: (i: number) => FakeSeries; add: (name: string) => FakeSeries };
  readonly axes: { valueAxis: { numberFormat: string } };
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: FakeChart,
  ) {
    const t = { text: '' };
    this.axes = {
      valueAxis: {
        get numberFormat(): string {
          throw new Error('PropertyNotLoaded: valueAxis.numberFormat');
        },
        set numberFormat(v: string) {
          ctx.enqueue(() => {
            if (ctx.excelApi < 8)
              throw officeError(
                'ApiNotFound',
                'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
              );
            chart.valueAxisFormat = v;
          }, 40 + v.length);
        },
      },
    };
    this.title = writeOnlyTitle(t, (v) => ctx.enqueue(() => (chart.title.text = v)));
    this.series = {
      getItemAt: (i) => new FakeSeries(ctx, chart, () => i),
      add: (name) => {
        let index = -1;
        ctx.enqueue(() => {
          chart.series.push({ name });
          index = chart.series.length - 1;
        });
        return new FakeSeries(ctx, chart, () => index);
      },
    };
  }
  setPosition(start: FakeRange): void {
    this.ctx.enqueue(() => (this.chart.position = start.describe()));
  }
}

/** A settable-only `title.text`. */
function writeOnlyTitle(_t: { text: string }, onSet: (v: string) => void): { text: string } {
  return {
    get text(): string {
      throw new Error('PropertyNotLoaded: chart title');
    },
    set text(v: string) {
      onSet(v);
    },
  };
}

class FakeSeries {
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: FakeChart,
    private readonly index: () => number,
  ) {}
  set name(v: string) {
    this.ctx.enqueue(() => (this.chart.series[this.index()].name = v));
  }
  setValues(r: FakeRange): void {
    this.ctx.enqueue(() => (this.chart.series[this.index()].values = r.describe()));
  }
  setXAxisValues(r: FakeRange): void {
    this.ctx.enqueue(() => (this.chart.series[this.index()].categories = r.describe()));
  }
}

type Resolved = { sheet: FakeSheet; box: Box } | null;

export class FakeRange extends FakeProxy {
  private resolved: Resolved | undefined;
  readonly format: FakeFormat;
  readonly dataValidation: { clear: () => void; rule: unknown };
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => Resolved,
    private readonly orNull = false,
  ) {
    super(ctx);
    this.format = new FakeFormat(ctx, () => this.target('format'));
    // A setter's own `this` is the object literal: it reaches the range through this arrow.
    const target = (what: string) => this.target(what);
    const dv = {
      clear: () => ctx.enqueue(() => void this.target('validation.clear')),
      set rule(rule: unknown) {
        ctx.enqueue(() => {
          const t = target('validation');
          t.sheet.validations.push({
            area: {
              startRow: t.box.r0 + 1,
              startCol: t.box.c0 + 1,
              endRow: t.box.r0 + t.box.rows,
              endCol: t.box.c0 + t.box.cols,
            },
            rule,
          });
        });
      },
      get rule(): unknown {
        throw new Error('PropertyNotLoaded: rule');
      },
    };
    this.dataValidation = dv;
  }
  private res(): Resolved {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved;
  }
  target(what: string): { sheet: FakeSheet; box: Box } {
    const r = this.res();
    if (!r) throw officeError('InvalidOperation', 'The operation attempted is invalid on the object (a null object).');
    this.ctx.touch(r.sheet, what);
    return r;
  }
  describe(): string {
    const r = this.res();
    if (!r) return 'null';
    return `${r.sheet.name}!${letters(r.box.c0 + 1)}${r.box.r0 + 1}:${letters(r.box.c0 + r.box.cols)}${r.box.r0 + r.box.rows}`;
  }
  load(spec?: string | string[]): void {
    const wanted = this.props(spec);
    this.ctx.enqueue(() => {
      const r = this.res();
      if (this.orNull) this.loaded.set('isNullObject', r === null);
      if (!r) return;
      const { sheet, box } = r;
      // "On all platforms, a range is limited to five million cells for get operations" (Excel
      // performance guidance); the code is the one documented for too many cells in a range.
      if (box.rows * box.cols > 5_000_000)
        throw officeError(
          'RangeExceedsLimit',
          'The cell count in the range has exceeded the maximum supported number.',
        );
      for (const p of wanted) {
        let v: unknown;
        switch (p) {
          case 'rowIndex':
            v = box.r0;
            break;
          case 'columnIndex':
            v = box.c0;
            break;
          case 'rowCount':
            v = box.rows;
            break;
          case 'columnCount':
            v = box.cols;
            break;
          case 'address':
            v = this.describe();
            break;
          case 'values':
            v = Array.from({ length: box.rows }, (_, i) =>
              Array.from({ length: box.cols }, (_, j) => sheet.get(box.r0 + i, box.c0 + j)),
            );
            break;
          case 'numberFormat':
            v = Array.from({ length: box.rows }, (_, i) =>
              Array.from({ length: box.cols }, (_, j) => sheet.fmt(box.r0 + i, box.c0 + j)),
            );
            break;
          default:
            throw new Error(`fake: loading ${p} is not modelled`);
        }
        this.ctx.count(v);
        this.loaded.set(p, v);
      }
    });
  }
  get isNullObject(): boolean {
    if (!this.orNull) return false;
    return this.read('isNullObject');
  }
  private readChecked<T>(prop: string): T {
    if (this.orNull && this.read<boolean>('isNullObject'))
      throw officeError('InvalidOperation', `read "${prop}" of a null object`);
    return this.read<T>(prop);
  }
  get rowIndex(): number {
    return this.readChecked('rowIndex');
  }
  get columnIndex(): number {
    return this.readChecked('columnIndex');
  }
  get rowCount(): number {
    return this.readChecked('rowCount');
  }
  get columnCount(): number {
    return this.readChecked('columnCount');
  }
  get address(): string {
    return this.readChecked('address');
  }
  get values(): Scalar[][] {
    return this.readChecked('values');
  }
  get numberFormat(): string[][] {
    return this.readChecked('numberFormat');
  }

  set numberFormat(formats: string[][]) {
    this.ctx.enqueue(
      () => {
        const { sheet, box } = this.target('numberFormat');
        this.check2d(formats, box);
        formats.forEach((row, i) => row.forEach((f, j) => ((sheet.formats[box.r0 + i] ??= [])[box.c0 + j] = f)));
      },
      jsonBytes(formats) + 100,
    );
  }
  /** As Excel does: text under the `@` format stays text; `=…` becomes a formula; numeric text becomes a number. */
  set values(values: Scalar[][]) {
    const bytes = jsonBytes(values) + 100;
    this.ctx.enqueue(() => {
      const { sheet, box } = this.target('values');
      this.check2d(values, box);
      values.forEach((row, i) =>
        row.forEach((v, j) => {
          const r = box.r0 + i;
          const c = box.c0 + j;
          const key = `${r},${c}`;
          sheet.formulas.delete(key);
          if (typeof v === 'string' && sheet.fmt(r, c) !== '@') {
            if (
              v.startsWith('=') ||
              v.startsWith('+') ||
              (v.startsWith('-') && v.length > 1 && !/^-\d/.test(v)) ||
              v.startsWith('@')
            ) {
              sheet.formulas.set(key, v);
              sheet.set(r, c, 0);
              return;
            }
            if (/^-?\d+(\.\d+)?$/.test(v)) {
              sheet.set(r, c, Number(v));
              return;
            }
          }
          sheet.set(r, c, v);
        }),
      );
    }, bytes);
  }
  private check2d(a: unknown[][], box: Box): void {
    if (a.length !== box.rows || a.some((row) => row.length !== box.cols)) {
      throw officeError(
        'InvalidArgument',
        `array ${a.length}x${a[0]?.length} does not fit range ${box.rows}x${box.cols}`,
      );
    }
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const r = this.res();
      if (!r)
        throw officeError('InvalidOperation', 'The operation attempted is invalid on the object (a null object).');
      // The areas whose top-left cell is in the range, even if they reach beyond it (office-js#3611).
      const inside = r.sheet.merges.filter(
        (m) =>
          m.startRow - 1 >= r.box.r0 &&
          m.startRow - 1 < r.box.r0 + r.box.rows &&
          m.startCol - 1 >= r.box.c0 &&
          m.startCol - 1 < r.box.c0 + r.box.cols,
      );
      this.ctx.stats.mergedAreaCalls++;
      // "if the merged areas count in this range is more than 512, then this method will fail".
      if (inside.length > MERGED_AREAS_LIMIT)
        throw officeError('GeneralException', 'There was an internal error while processing the request.');
      return { sheet: r.sheet, merges: inside };
    });
  }
  merge(_across?: boolean): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.target('merge');
      sheet.merges.push({
        startRow: box.r0 + 1,
        startCol: box.c0 + 1,
        endRow: box.r0 + box.rows,
        endCol: box.c0 + box.cols,
      });
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      this.ctx.stats.selected = this.describe();
    });
  }
}

class FakeRangeAreas extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => { sheet: FakeSheet; merges: MergeArea[] },
  ) {
    super(ctx);
  }
  load(spec?: string | string[]): void {
    const wanted = this.props(spec);
    this.ctx.enqueue(() => {
      const { sheet, merges } = this.resolver();
      this.loaded.set('isNullObject', merges.length === 0);
      if (merges.length === 0) return;
      const ref = excelSheetRef(sheet.name);
      const address = merges
        .map((m) => `${ref}!${letters(m.startCol)}${m.startRow}:${letters(m.endCol)}${m.endRow}`)
        .join(', ');
      if (wanted.includes('address')) {
        this.ctx.count(address);
        this.loaded.set('address', address);
      }
    });
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    if (this.read<boolean>('isNullObject')) throw officeError('InvalidOperation', 'read "address" of a null object');
    return this.read('address');
  }
}

class FakeFormat {
  readonly font: { bold: boolean; italic: boolean; color: string; size: number };
  readonly fill: { color: string };
  constructor(
    private readonly ctx: FakeContext,
    private readonly target: () => { sheet: FakeSheet; box: Box },
  ) {
    // A format command travels as its address and value, ~100 bytes in a real request.
    const style = (patch: CellStyle) =>
      ctx.enqueue(
        () => {
          const { sheet, box } = this.target();
          for (let i = 0; i < box.rows; i++)
            for (let j = 0; j < box.cols; j++) {
              const key = `${box.r0 + i},${box.c0 + j}`;
              sheet.styles.set(key, { ...sheet.styles.get(key), ...patch });
            }
        },
        100 + JSON.stringify(patch).length,
      );
    const writeOnly = <T>(apply: (v: T) => void) => ({
      get(): T {
        throw new Error('PropertyNotLoaded: format');
      },
      set(v: T) {
        apply(v);
      },
    });
    this.font = Object.defineProperties({} as { bold: boolean; italic: boolean; color: string; size: number }, {
      bold: writeOnly<boolean>((v) => style({ bold: v })),
      italic: writeOnly<boolean>((v) => style({ italic: v })),
      color: writeOnly<string>((v) => style({ color: v })),
      size: writeOnly<number>((v) => style({ size: v })),
    });
    this.fill = Object.defineProperties({} as { color: string }, {
      color: writeOnly<string>((v) => style({ fill: v })),
    });
  }
  set wrapText(v: boolean) {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.target();
      for (let i = 0; i < box.rows; i++)
        for (let j = 0; j < box.cols; j++)
          sheet.styles.set(`${box.r0 + i},${box.c0 + j}`, {
            ...sheet.styles.get(`${box.r0 + i},${box.c0 + j}`),
            wrap: v,
          });
    });
  }
  set columnWidth(points: number) {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.target();
      for (let j = 0; j < box.cols; j++) sheet.columnWidths.set(box.c0 + j, points);
    });
  }
}

/** Every user cell's value, number format, formula, style and the merges, for before/after equality. */
export function snapshotUserCells(ctx: FakeContext): string {
  return JSON.stringify(
    ctx.sheets
      .filter((s) => !s.createdByAddin)
      .map((s) => ({
        name: s.name,
        values: s.values,
        formats: s.formats,
        formulas: [...s.formulas],
        styles: [...s.styles],
        merges: s.merges,
        widths: [...s.columnWidths],
        validations: s.validations,
        charts: s.charts.length,
        frozen: s.frozenRows,
      })),
  );
}

/** Lets the host call `run(fn)` as it would call Excel.run(fn). */
export function fakeRun(ctx: FakeContext): <T>(fn: (context: Excel.RequestContext) => Promise<T>) => Promise<T> {
  return (fn) => fn(ctx as unknown as Excel.RequestContext);
}

/**
 * `Excel.run(options, batch)` on the fake: the options' delayForCellEdit holds for this batch
 * (Excel.RunOptions). What the host's createExcelRun calls.
 */
export function fakeExcelRun(
  ctx: FakeContext,
): <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> {
  return async (options, batch) => {
    ctx.delayForCellEdit = options.delayForCellEdit === true;
    try {
      return await batch(ctx as unknown as Excel.RequestContext);
    } finally {
      ctx.delayForCellEdit = false;
    }
  };
}
