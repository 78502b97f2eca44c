/**
 * A fake Excel.RequestContext shaped like Office.js, built from Grids of real workbooks. Unlike
 * office-addin-mock it THROWS when a property is read before load + sync, queues every command
 * until sync() as Office.js does, counts round trips, estimates each request's payload, and
 * records any write that lands on a sheet the add-in did not create.
 */
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
  constructor(public name: string, public readonly createdByAddin: boolean) {}

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
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
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
  /** Largest JSON size of what one sync sent or received, bytes. */
  maxPayload: number;
  /** Writes that targeted a sheet the add-in did not create: must stay empty. */
  userWrites: string[];
  selected: string | null;
  active: string | null;
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
  if (!m) throw new Error(`InvalidArgument: bad address ${ref}`);
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
  readonly stats: FakeStats = { syncs: 0, maxPayload: 0, userWrites: [], selected: null, active: null };
  readonly sheets: FakeSheet[];
  readonly workbook: FakeWorkbook;
  private queue: (() => unknown)[] = [];
  payload = 0;
  /** Makes the next sync whose payload exceeds this many bytes fail as Excel on the web does. */
  payloadLimit = 5 * 1024 * 1024;
  /** Hook for insertWorksheetsFromBase64: turns file bytes into Grids. */
  importer: ((data: Uint8Array) => Promise<Grid[]>) | null = null;

  constructor(grids: readonly Grid[]) {
    this.sheets = grids.map((g) => sheetFromGrid(g));
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: () => unknown): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    const ops = this.queue;
    this.queue = [];
    this.payload = 0;
    for (const op of ops) await op();
    if (this.payload > this.stats.maxPayload) this.stats.maxPayload = this.payload;
    if (this.payload > this.payloadLimit) {
      const err = new Error('The request payload size has exceeded the limit.') as Error & { code: string };
      err.code = 'RequestPayloadSizeLimitExceeded';
      throw err;
    }
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Records a write; a write to a sheet the add-in did not create is a bug the tests must see. */
  touch(sheet: FakeSheet, what: string): void {
    if (!sheet.createdByAddin) this.stats.userWrites.push(`${sheet.name}: ${what}`);
  }

  count(value: unknown): void {
    this.payload += JSON.stringify(value ?? null).length;
  }
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

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
  insertWorksheetsFromBase64(base64: string, _options?: unknown): { value: string[] } {
    const result: { value: string[] } = {
      get value(): string[] {
        throw new Error('PropertyNotLoaded: ClientResult.value read before sync()');
      },
    } as { value: string[] };
    this.ctx.enqueue(async () => {
      if (!this.ctx.importer) throw new Error('no importer');
      this.ctx.count(base64);
      const grids = await this.ctx.importer(Uint8Array.from(Buffer.from(base64, 'base64')));
      const names: string[] = [];
      for (const g of grids) {
        let name = g.sheet;
        for (let i = 2; this.ctx.sheet(name); i++) name = `${g.sheet} (${i})`;
        const s = sheetFromGrid({ ...g, sheet: name });
        // Imported sheets are new sheets, not the user's existing ones.
        const own = new FakeSheet(name, true);
        Object.assign(own, { values: s.values, formats: s.formats, merges: s.merges });
        this.ctx.sheets.push(own);
        names.push(name);
      }
      Object.defineProperty(result, 'value', { value: names });
    });
    return result;
  }
}

export class FakeWorksheetCollection extends FakeProxy {
  load(spec?: string | string[]): void {
    const wanted = this.props(spec);
    this.ctx.enqueue(() => {
      this.ctx.count(this.ctx.sheets.map((s) => s.name));
      if (wanted.some((p) => p.startsWith('items'))) this.loaded.set('items', this.ctx.sheets.map((s) => new FakeWorksheet(this.ctx, s.name, true)));
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
      if (this.ctx.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
      this.ctx.sheets.push(new FakeSheet(name, true));
    });
    return new FakeWorksheet(this.ctx, name, false);
  }
}

export class FakeWorksheet extends FakeProxy {
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly charts: { add: (type: string, source: FakeRange, seriesBy?: string) => FakeChartProxy };
  constructor(ctx: FakeContext, private readonly sheetName: string, nameLoaded: boolean, private readonly orNull = false) {
    super(ctx);
    if (nameLoaded) this.loaded.set('name', sheetName);
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
    if (!s) throw new Error(`ItemNotFound: sheet ${this.sheetName}`);
    return s;
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
      if (wanted.includes('name')) this.loaded.set('name', this.resolve().name);
    });
  }
  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.stats.active = this.resolve().name;
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.resolve();
      const b = s.usedBox();
      return b ? { sheet: s, box: { r0: b.r0, c0: b.c0, rows: b.r1 - b.r0 + 1, cols: b.c1 - b.c0 + 1 } } : null;
    }, true);
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
  constructor(private readonly ctx: FakeContext, private readonly chart: FakeChart) {
    const t = { text: '' };
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
  constructor(private readonly ctx: FakeContext, private readonly chart: FakeChart, private readonly index: () => number) {}
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
  constructor(ctx: FakeContext, private readonly resolver: () => Resolved, private readonly orNull = false) {
    super(ctx);
    this.format = new FakeFormat(ctx, () => this.target('format'));
    const dv = {
      clear: () => ctx.enqueue(() => void this.target('validation.clear')),
      set rule(rule: unknown) {
        ctx.enqueue(() => {
          const t = self.target('validation');
          t.sheet.validations.push({ area: { startRow: t.box.r0 + 1, startCol: t.box.c0 + 1, endRow: t.box.r0 + t.box.rows, endCol: t.box.c0 + t.box.cols }, rule });
        });
      },
      get rule(): unknown {
        throw new Error('PropertyNotLoaded: rule');
      },
    };
    const self = this;
    this.dataValidation = dv;
  }
  private res(): Resolved {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved;
  }
  target(what: string): { sheet: FakeSheet; box: Box } {
    const r = this.res();
    if (!r) throw new Error('InvalidOperation on a null object');
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
      if (box.rows * box.cols > 5_000_000) throw new Error('ResponsePayloadSizeLimitExceeded: range too large to load');
      for (const p of wanted) {
        let v: unknown;
        switch (p) {
          case 'rowIndex': v = box.r0; break;
          case 'columnIndex': v = box.c0; break;
          case 'rowCount': v = box.rows; break;
          case 'columnCount': v = box.cols; break;
          case 'address': v = this.describe(); break;
          case 'values':
            v = Array.from({ length: box.rows }, (_, i) => Array.from({ length: box.cols }, (_, j) => sheet.get(box.r0 + i, box.c0 + j)));
            break;
          case 'numberFormat':
            v = Array.from({ length: box.rows }, (_, i) => Array.from({ length: box.cols }, (_, j) => sheet.fmt(box.r0 + i, box.c0 + j)));
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
    if (this.orNull && this.read<boolean>('isNullObject')) throw new Error(`InvalidOperation: read "${prop}" of a null object`);
    return this.read<T>(prop);
  }
  get rowIndex(): number { return this.readChecked('rowIndex'); }
  get columnIndex(): number { return this.readChecked('columnIndex'); }
  get rowCount(): number { return this.readChecked('rowCount'); }
  get columnCount(): number { return this.readChecked('columnCount'); }
  get address(): string { return this.readChecked('address'); }
  get values(): Scalar[][] { return this.readChecked('values'); }
  get numberFormat(): string[][] { return this.readChecked('numberFormat'); }

  set numberFormat(formats: string[][]) {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.target('numberFormat');
      this.ctx.count(formats);
      this.check2d(formats, box);
      formats.forEach((row, i) => row.forEach((f, j) => ((sheet.formats[box.r0 + i] ??= [])[box.c0 + j] = f)));
    });
  }
  /** As Excel does: text under the `@` format stays text; `=…` becomes a formula; numeric text becomes a number. */
  set values(values: Scalar[][]) {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.target('values');
      this.ctx.count(values);
      this.check2d(values, box);
      values.forEach((row, i) =>
        row.forEach((v, j) => {
          const r = box.r0 + i;
          const c = box.c0 + j;
          const key = `${r},${c}`;
          sheet.formulas.delete(key);
          if (typeof v === 'string' && sheet.fmt(r, c) !== '@') {
            if (v.startsWith('=') || v.startsWith('+') || v.startsWith('-') && v.length > 1 && !/^-\d/.test(v) || v.startsWith('@')) {
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
    });
  }
  private check2d(a: unknown[][], box: Box): void {
    if (a.length !== box.rows || a.some((row) => row.length !== box.cols)) {
      throw new Error(`InvalidArgument: array ${a.length}x${a[0]?.length} does not fit range ${box.rows}x${box.cols}`);
    }
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const r = this.res();
      if (!r) throw new Error('InvalidOperation on a null object');
      const inside = r.sheet.merges.filter((m) => m.startRow - 1 >= r.box.r0 && m.endRow - 1 < r.box.r0 + r.box.rows && m.startCol - 1 >= r.box.c0 && m.endCol - 1 < r.box.c0 + r.box.cols);
      return { sheet: r.sheet, merges: inside };
    });
  }
  merge(_across?: boolean): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.target('merge');
      sheet.merges.push({ startRow: box.r0 + 1, startCol: box.c0 + 1, endRow: box.r0 + box.rows, endCol: box.c0 + box.cols });
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      this.ctx.stats.selected = this.describe();
    });
  }
}

class FakeRangeAreas extends FakeProxy {
  constructor(ctx: FakeContext, private readonly resolver: () => { sheet: FakeSheet; merges: MergeArea[] }) {
    super(ctx);
  }
  load(spec?: string | string[]): void {
    const wanted = this.props(spec);
    this.ctx.enqueue(() => {
      const { sheet, merges } = this.resolver();
      this.loaded.set('isNullObject', merges.length === 0);
      if (merges.length === 0) return;
      const q = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
      const address = merges.map((m) => `${q}!${letters(m.startCol)}${m.startRow}:${letters(m.endCol)}${m.endRow}`).join(', ');
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
    if (this.read<boolean>('isNullObject')) throw new Error('InvalidOperation: read "address" of a null object');
    return this.read('address');
  }
}

class FakeFormat {
  readonly font: { bold: boolean; italic: boolean; color: string; size: number };
  readonly fill: { color: string };
  constructor(private readonly ctx: FakeContext, private readonly target: () => { sheet: FakeSheet; box: Box }) {
    const style = (patch: CellStyle) =>
      ctx.enqueue(() => {
        const { sheet, box } = this.target();
        // A format command travels as its address and value, ~100 bytes in a real request.
        ctx.payload += 100 + JSON.stringify(patch).length;
        for (let i = 0; i < box.rows; i++)
          for (let j = 0; j < box.cols; j++) {
            const key = `${box.r0 + i},${box.c0 + j}`;
            sheet.styles.set(key, { ...sheet.styles.get(key), ...patch });
          }
      });
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
    this.fill = Object.defineProperties({} as { color: string }, { color: writeOnly<string>((v) => style({ fill: v })) });
  }
  set wrapText(v: boolean) {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.target();
      for (let i = 0; i < box.rows; i++) for (let j = 0; j < box.cols; j++) sheet.styles.set(`${box.r0 + i},${box.c0 + j}`, { ...sheet.styles.get(`${box.r0 + i},${box.c0 + j}`), wrap: v });
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
