/**
 * Lays a base plan out in a layout, as Grids (what either host hands the engine), and says what the
 * reading must be: every target and task with its physical row, and every finding by row.
 */
import type { CellValue, Grid, MergeArea } from '../../src/core/grid';
import type { BasePlan } from './plans';
import { rng, type Layout } from './layout';

export interface ExpectedTarget {
  row: number;
  sheet: string;
  stt: number;
  section: string | null;
  sectionTitle: string;
  text: string;
  lead: string;
  indicators: BasePlan['targetAreas'][0]['targets'][0]['indicators'];
}
export interface ExpectedTask {
  row: number;
  sheet: string;
  code: string;
  area: number;
  areaTitle: string;
  text: string;
  lead: string;
  due: string | null;
  amount: number | null;
  hasNote: boolean;
}
export interface Expected {
  targets: ExpectedTarget[];
  tasks: ExpectedTask[];
  findings: [string, string, number][];
}

type Role =
  | 'stt'
  | 'area'
  | 'text'
  | 'products'
  | 'lead'
  | 'coordinators'
  | 'start'
  | 'timeframe'
  | 'budget'
  | 'budgetState'
  | 'budgetOther'
  | 'note'
  | 'extra'
  | 'hidden';

const WORDS: Record<'targets' | 'tasks', Partial<Record<Role, string[]>>> = {
  targets: {
    stt: ['STT', 'TT', 'Số TT', 'STT', 'Số thứ tự'],
    text: ['Nhiệm vụ', 'Nội dung chỉ tiêu', 'Mục tiêu, chỉ tiêu', 'Nội dung', 'Tên chỉ tiêu'],
    lead: ['Cơ quan chủ trì', 'Đơn vị chủ trì', 'Cơ quan, đơn vị chủ trì', 'Đơn vị chủ trì', 'Cơ quan chủ trì'],
    coordinators: [
      'Cơ quan phối hợp',
      'Đơn vị phối hợp',
      'Cơ quan, đơn vị phối hợp',
      'Đơn vị phối hợp',
      'Cơ quan phối hợp',
    ],
    note: ['Ghi chú'],
    extra: ['Kết quả thực hiện'],
    hidden: ['Cột phụ'],
  },
  tasks: {
    stt: ['TT', 'STT', 'Số TT', 'TT', 'STT'],
    area: ['Nội dung CCHC', 'Lĩnh vực', 'Nội dung CCHC', 'Lĩnh vực', 'Nội dung CCHC'],
    text: ['Nhiệm vụ cụ thể', 'Nội dung công việc', 'Tên nhiệm vụ', 'Nội dung', 'Nhiệm vụ cụ thể'],
    products: ['Sản phẩm', 'Sản phẩm đầu ra', 'Kết quả/sản phẩm', 'Hình thức văn bản', 'Sản phẩm'],
    lead: ['Cơ quan chủ trì', 'Đơn vị chủ trì', 'Cơ quan, đơn vị chủ trì', 'Đơn vị thực hiện', 'Cơ quan chủ trì'],
    coordinators: [
      'Cơ quan phối hợp',
      'Đơn vị phối hợp',
      'Cơ quan, đơn vị phối hợp',
      'Đơn vị phối hợp',
      'Cơ quan phối hợp',
    ],
    timeframe: ['Thời gian thực hiện', 'Thời gian hoàn thành', 'Thời hạn', 'Tiến độ thực hiện', 'Thời hạn hoàn thành'],
    budget: [
      'Dự trù kinh phí thực hiện (triệu đồng)',
      'Kinh phí (triệu đồng)',
      'Dự toán kinh phí',
      'Kinh phí (triệu đồng)',
      'Dự trù kinh phí',
    ],
    note: ['Ghi chú'],
    extra: ['Kết quả thực hiện'],
    hidden: ['Cột phụ'],
  },
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const token = (style: Layout['areaStyle'], n: number) =>
  style === 'roman' ? ROMAN[n - 1] : style === 'letter' ? String.fromCharCode(64 + n) : String(n);
const strip = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/** A sheet being written: values at physical rows/columns, merges, formats. */
class Sheet {
  rows: CellValue[][] = [];
  formats: (string | null)[][] = [];
  merges: MergeArea[] = [];
  constructor(readonly name: string) {}
  get next(): number {
    return this.rows.length + 1;
  }
  put(row: number, col: number, v: CellValue, format?: string): void {
    while (this.rows.length < row) {
      this.rows.push([]);
      this.formats.push([]);
    }
    this.rows[row - 1][col - 1] = v;
    if (format) this.formats[row - 1][col - 1] = format;
  }
  blank(): void {
    this.put(this.next, 1, null);
  }
  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.merges.push({ startRow: r1, startCol: c1, endRow: r2, endCol: c2 });
  }
}

interface Ctx {
  layout: Layout;
  plan: BasePlan;
  text: (s: string) => string;
  header: (s: string) => string;
  expected: Expected;
}

function columnsFor(kind: 'targets' | 'tasks', l: Layout): Role[] {
  const head: Role[] = kind === 'tasks' && l.areaLayout === 'merged-down' ? ['stt', 'area', 'text'] : ['stt', 'text'];
  const units: Role[][] =
    kind === 'targets'
      ? [['lead', 'coordinators']]
      : [['products'], ['lead', 'coordinators'], l.splitTimeframe ? ['start', 'timeframe'] : ['timeframe'], ['budget']];
  if (l.extraColumns) units.push(['note'], ['extra']);
  if (l.hiddenColumn) units.push(['hidden']);
  if (l.shuffleSeed) {
    const r = rng(l.shuffleSeed);
    for (let i = units.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [units[i], units[j]] = [units[j], units[i]];
    }
  }
  const flat = [...head, ...units.flat()];
  if (kind === 'tasks' && l.budgetSplit) flat.splice(flat.indexOf('budget') + 1, 0, 'budgetState', 'budgetOther');
  return flat;
}

/** The header band (and numbering row) at the sheet's next row; returns the rows written. */
function writeHeader(s: Sheet, kind: 'targets' | 'tasks', cols: Role[], c: Ctx): number {
  const l = c.layout;
  const top = s.next;
  const depth =
    l.ownerGroup === 'three-row'
      ? 3
      : l.ownerGroup === 'two-row' || (kind === 'tasks' && (l.splitTimeframe || l.budgetSplit))
        ? 2
        : 1;
  const word = (role: Role) => {
    const ws = WORDS[kind][role]!;
    return ws[l.wording % ws.length];
  };
  cols.forEach((role, i) => {
    const col = i + 1;
    const grouped = (role === 'lead' || role === 'coordinators') && l.ownerGroup !== 'none';
    const timed = (role === 'start' || role === 'timeframe') && kind === 'tasks' && l.splitTimeframe;
    if (role === 'budget' && l.budgetSplit && depth > 1) {
      s.put(top, col, c.header('Kinh phí (triệu đồng)'));
      s.merge(top, col, top + depth - 2, col + 2);
      ['Tổng số', 'Ngân sách', 'Nguồn khác'].forEach((w, j) => s.put(top + depth - 1, col + j, c.header(w)));
      return;
    }
    if ((role === 'budgetState' || role === 'budgetOther') && l.budgetSplit) return;
    if (l.genericAreaHeader && kind === 'tasks' && (role === 'area' || role === 'text')) {
      s.put(top, col, c.header(role === 'area' ? 'Nội dung' : 'Nhiệm vụ'));
      s.merge(top, col, top + depth - 1, col);
      return;
    }
    if (grouped) {
      if (role === 'lead') {
        if (l.ownerGroup === 'three-row') {
          s.put(top, col, c.header('Tổ chức thực hiện'));
          s.merge(top, col, top, col + 1);
          s.put(top + 1, col, c.header('Cơ quan thực hiện'));
          s.merge(top + 1, col, top + 1, col + 1);
        } else {
          s.put(top, col, c.header('Cơ quan thực hiện'));
          s.merge(top, col, top + depth - 2, col + 1);
        }
      }
      s.put(top + depth - 1, col, c.header(role === 'lead' ? 'Chủ trì' : 'Phối hợp'));
      return;
    }
    if (timed) {
      if (role === 'start') {
        s.put(top, col, c.header(l.fromTo ? 'Thời gian' : 'Thời gian thực hiện'));
        s.merge(top, col, top + depth - 2, col + 1);
      }
      s.put(
        top + depth - 1,
        col,
        c.header(role === 'start' ? (l.fromTo ? 'Từ' : 'Bắt đầu') : l.fromTo ? 'Đến' : 'Hoàn thành'),
      );
      return;
    }
    s.put(top, col, c.header(word(role)));
    s.merge(top, col, top + depth - 1, col);
  });
  let rows = depth;
  if (l.numberingRow !== 'none') {
    cols.forEach((_, i) =>
      s.put(
        top + depth,
        i + 1,
        l.numberingRow === 'paren'
          ? `(${i + 1})`
          : l.numberingRow === 'plain'
            ? i + 1
            : i < 2
              ? String.fromCharCode(65 + i)
              : i - 1,
      ),
    );
    rows++;
  }
  return rows;
}

function writeTitles(s: Sheet, kind: 'targets' | 'tasks', width: number, c: Ctx): void {
  const l = c.layout;
  if (l.titles === 'none') return;
  if (l.titles === 'national') {
    s.put(s.next, 1, 'ỦY BAN NHÂN DÂN');
    s.put(s.next - 1, Math.max(3, width - 2), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    s.put(s.next, 1, `Số: ${c.plan.reference.split(' ')[0]}`);
    s.put(s.next - 1, Math.max(3, width - 2), 'Độc lập - Tự do - Hạnh phúc');
    s.blank();
  }
  const line = (text: string) => {
    const r = s.next;
    s.put(r, 1, text);
    s.merge(r, 1, r, width);
  };
  line(kind === 'targets' ? 'PHỤ LỤC 1' : 'PHỤ LỤC 2');
  line(
    l.titleWithHeaderWords
      ? kind === 'targets'
        ? `NỘI DUNG, MỤC TIÊU, CHỈ TIÊU VÀ CƠ QUAN CHỦ TRÌ NĂM ${c.plan.year}`
        : `PHÂN CÔNG NHIỆM VỤ, THỜI GIAN THỰC HIỆN VÀ CƠ QUAN CHỦ TRÌ NĂM ${c.plan.year}`
      : kind === 'targets'
        ? `MỤC TIÊU, CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM ${c.plan.year}`
        : `DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM ${c.plan.year}`,
  );
  line(`(Ban hành kèm theo Kế hoạch số: ${c.plan.reference} của UBND)`);
}

function areaRow(s: Sheet, cols: Role[], n: number, title: string, c: Ctx): void {
  const r = s.next;
  const t = token(c.layout.areaStyle, n);
  if (c.layout.unnumberedAreas) {
    s.put(r, 1, c.text(title.toUpperCase()));
    s.merge(r, 1, r, cols.length);
  } else if (c.layout.areaLayout === 'own-row-cells') {
    s.put(r, cols.indexOf('stt') + 1, c.layout.areaNumberCell && c.layout.areaStyle === 'arabic' ? n : `${t}.`);
    s.put(r, cols.indexOf('text') + 1, c.text(title));
  } else {
    s.put(r, 1, c.text(`${t}. ${title}`));
    s.merge(r, 1, r, cols.length);
  }
}

function writeTargets(s: Sheet, c: Ctx): void {
  const l = c.layout;
  const cols = columnsFor('targets', l);
  writeTitles(s, 'targets', cols.length, c);
  const headerTop = s.next;
  const headerRows = writeHeader(s, 'targets', cols, c);
  const copyHeader = () => {
    const h = s.rows.slice(headerTop - 1, headerTop - 1 + headerRows);
    const top = s.next;
    h.forEach((row, i) => row.forEach((v, j) => s.put(top + i, j + 1, v)));
    for (const m of [...s.merges])
      if (m.startRow >= headerTop && m.endRow < headerTop + headerRows)
        s.merge(m.startRow - headerTop + top, m.startCol, m.endRow - headerTop + top, m.endCol);
  };
  let count = 0;
  let extra = 0;
  c.plan.targetAreas.forEach((a, ai) => {
    areaRow(s, cols, ai + 1, a.title, c);
    a.targets.forEach((t) => {
      const r = s.next;
      const set = (role: Role, v: CellValue) => {
        const i = cols.indexOf(role);
        if (i >= 0) s.put(r, i + 1, v);
      };
      const stt = l.targetsRestart ? a.targets.indexOf(t) + 1 : t.stt;
      set('stt', stt);
      set('text', c.text(t.text));
      set('lead', c.text(t.lead));
      set('coordinators', c.text(t.coordinators));
      set('note', 'Năm trước đạt 85%');
      set('extra', 'Đạt');
      set('hidden', 'x');
      const indicators = l.targetsRestart
        ? t.indicators.map((x) => ({ ...x, id: x.id.replace(/^\d+/, `${ai + 1}.${stt}`) }))
        : t.indicators;
      c.expected.targets.push({
        row: r,
        sheet: s.name,
        stt,
        section: l.unnumberedAreas ? null : token(l.areaStyle, ai + 1),
        sectionTitle: l.unnumberedAreas ? a.title.toUpperCase() : a.title,
        text: t.text,
        lead: t.lead,
        indicators,
      });
      count++;
      if (count === 2 && l.repeatedHeader !== 'none') {
        if (l.repeatedHeader === 'after-empty-row') s.blank();
        copyHeader();
      }
      if (count === 3 && l.emptyRows) {
        s.blank();
        s.blank();
      }
    });
  });
  if (l.numberWithoutText) {
    const r = s.next;
    const last = l.targetsRestart
      ? c.plan.targetAreas[c.plan.targetAreas.length - 1].targets.length
      : c.plan.targetAreas.flatMap((a) => a.targets).length;
    s.put(r, cols.indexOf('stt') + 1, last + 1);
    s.put(r, cols.indexOf('lead') + 1, 'Phòng Nội vụ');
    c.expected.findings.push(['missing-text', s.name, r]);
    extra++;
  }
  closing(
    s,
    cols,
    `Tổng cộng: ${pad(c.plan.targetAreas.length)} nội dung, ${pad(count + extra)} mục tiêu, chỉ tiêu./.`,
    c,
  );
  for (const f of c.plan.findings) {
    const m = /^t:(\d+)$/.exec(f.item);
    const t = m && c.expected.targets.find((x) => x.stt === Number(m[1]) && x.sheet === s.name);
    if (t) c.expected.findings.push([f.code, s.name, t.row]);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

function closing(s: Sheet, cols: Role[], text: string, c: Ctx): void {
  if (c.layout.closingLine) {
    const r = s.next;
    s.put(r, 1, text);
    s.merge(r, 1, r, cols.length);
  }
  if (c.layout.footer) {
    s.blank();
    const r = s.next;
    s.put(r, 1, 'Nơi nhận:');
    s.put(r, Math.max(3, cols.length - 1), 'TM. ỦY BAN NHÂN DÂN');
    s.put(r + 1, 1, '- Như trên;');
    s.put(r + 1, Math.max(3, cols.length - 1), 'CHỦ TỊCH');
    s.put(r + 3, Math.max(3, cols.length - 1), 'Nguyễn Văn An');
  }
}

function budgetCell(b: { amount: number | null; note: string | null }, c: Ctx): CellValue {
  if (b.amount === null) return b.note === null ? null : c.text(b.note);
  if (!c.layout.budgetAsText) return b.amount;
  return b.amount >= 1000 ? b.amount.toLocaleString('de-DE') : String(b.amount).replace('.', ',');
}

function writeTasks(s: Sheet, c: Ctx): void {
  const l = c.layout;
  const cols = columnsFor('tasks', l);
  writeTitles(s, 'tasks', cols.length, c);
  const headerTop = s.next;
  const headerRows = writeHeader(s, 'tasks', cols, c);
  const copyHeader = () => {
    const h = s.rows.slice(headerTop - 1, headerTop - 1 + headerRows);
    const top = s.next;
    h.forEach((row, i) => row.forEach((v, j) => s.put(top + i, j + 1, v)));
    for (const m of [...s.merges])
      if (m.startRow >= headerTop && m.endRow < headerTop + headerRows)
        s.merge(m.startRow - headerTop + top, m.startCol, m.endRow - headerTop + top, m.endCol);
  };
  let count = 0;
  let extra = 0;
  const codeRow = new Map<string, number>();
  c.plan.taskAreas.forEach((a, ai) => {
    const n = ai + 1;
    if (l.areaLayout !== 'merged-down') areaRow(s, cols, n, a.title, c);
    const first = s.next;
    const items = a.tasks.length + (l.numberWithoutText && ai === c.plan.taskAreas.length - 1 ? 1 : 0);
    a.tasks.forEach((t, ti) => {
      const r = s.next;
      const set = (role: Role, v: CellValue, format?: string) => {
        const i = cols.indexOf(role);
        if (i >= 0) s.put(r, i + 1, v, format);
      };
      const code = `${n}.${ti + 1}`;
      if (l.areaLayout === 'merged-down') {
        if (ti === 0) {
          set('stt', n);
          set('area', c.text(a.title));
        }
      } else if (l.codes === 'tt-text') set('stt', code);
      else if (l.codes === 'tt-number') set('stt', Number(code), `0.${'0'.repeat(String(ti + 1).length)}`);
      else if (l.codes === 'plain-restart') set('stt', ti + 1);
      set('text', c.text(l.codes === 'text-prefix' ? `${code}. ${t.text}` : t.text));
      set('products', c.text(t.products));
      set('lead', c.text(t.lead));
      set('coordinators', c.text(t.coordinators));
      set('start', `Tháng 01/${c.plan.year}`);
      set('timeframe', c.text(t.timeframe));
      set('budget', budgetCell(t.budget, c));
      set('budgetState', t.budget.amount ?? null);
      set('budgetOther', 0);
      set('note', 'đạt 100%');
      set('extra', 'Đang thực hiện');
      set('hidden', 'x');
      codeRow.set(code, r);
      c.expected.tasks.push({
        row: r,
        sheet: s.name,
        code,
        area: n,
        areaTitle: l.unnumberedAreas && l.areaLayout !== 'merged-down' ? a.title.toUpperCase() : a.title,
        text: t.text,
        lead: t.lead,
        due: t.due,
        amount: t.budget.amount,
        hasNote: t.budget.note !== null,
      });
      count++;
      if (count === 2 && l.repeatedHeader !== 'none' && l.areaLayout !== 'merged-down') {
        if (l.repeatedHeader === 'after-empty-row') s.blank();
        copyHeader();
      }
      if (count === 4 && l.emptyRows && l.areaLayout !== 'merged-down') s.blank();
    });
    if (items > a.tasks.length) {
      const r = s.next;
      const code = `${n}.${a.tasks.length + 1}`;
      const set = (role: Role, v: CellValue, format?: string) => {
        const i = cols.indexOf(role);
        if (i >= 0) s.put(r, i + 1, v, format);
      };
      if (l.codes === 'tt-text' && l.areaLayout !== 'merged-down') set('stt', code);
      else if (l.codes === 'tt-number' && l.areaLayout !== 'merged-down')
        set('stt', Number(code), `0.${'0'.repeat(String(a.tasks.length + 1).length)}`);
      else if (l.codes === 'plain-restart' && l.areaLayout !== 'merged-down') set('stt', a.tasks.length + 1);
      else set('text', `${code}.`);
      set('lead', 'Phòng Nội vụ');
      set('timeframe', `Quý IV/${c.plan.year}`);
      set('budget', 0);
      c.expected.findings.push(['missing-text', s.name, r]);
      extra++;
    }
    if (l.areaLayout === 'merged-down') {
      s.merge(first, cols.indexOf('stt') + 1, s.next - 1, cols.indexOf('stt') + 1);
      s.merge(first, cols.indexOf('area') + 1, s.next - 1, cols.indexOf('area') + 1);
    }
  });
  closing(s, cols, `Tổng cộng: ${pad(c.plan.taskAreas.length)} lĩnh vực, ${pad(count + extra)} nhiệm vụ./.`, c);
  for (const f of c.plan.findings) {
    const r = codeRow.get(f.item);
    if (r !== undefined) c.expected.findings.push([f.code, s.name, r]);
  }
}

function toGrid(s: Sheet, origin: { row: number; col: number }): Grid {
  const width = Math.max(1, ...s.rows.map((r) => r.length));
  const values = s.rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i])));
  const numberFormats = s.formats.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
  const dr = origin.row - 1;
  const dc = origin.col - 1;
  return {
    sheet: s.name,
    origin,
    values,
    numberFormats,
    merges: s.merges.map((m) => ({
      startRow: m.startRow + dr,
      startCol: m.startCol + dc,
      endRow: m.endRow + dr,
      endCol: m.endCol + dc,
    })),
  };
}

export function render(plan: BasePlan, layout: Layout): { grids: Grid[]; expected: Expected } {
  const expected: Expected = { targets: [], tasks: [], findings: [] };
  const spaces = (h: string) =>
    layout.oddSpaces
      ? h
          .replace(' ', '\u00a0')
          .replace(/(\S{3})/, '$1\u200b')
          .replace(/ (\S+)$/, '\n$1')
          .replace(/^/, ' \t')
      : h;
  const c: Ctx = {
    layout,
    plan,
    text: (x) => (layout.nfd ? x.normalize('NFD') : x),
    header: (h) => {
      const x = spaces(layout.noDiacritics ? strip(h) : h);
      return layout.nfd ? x.normalize('NFD') : x;
    },
    expected,
  };
  const sheets: Sheet[] = [];
  if (layout.sheets === 'one-sheet') {
    const s = new Sheet(layout.sheetNames[0]);
    writeTargets(s, c);
    s.blank();
    s.blank();
    writeTasks(s, c);
    sheets.push(s);
  } else {
    if (layout.sheets !== 'tasks-only') {
      const s = new Sheet(layout.sheetNames[0]);
      writeTargets(s, c);
      sheets.push(s);
    }
    if (layout.sheets !== 'targets-only') {
      const s = new Sheet(layout.sheetNames[1]);
      writeTasks(s, c);
      sheets.push(s);
    }
  }
  const dr = layout.origin.row - 1;
  for (const x of [...expected.targets, ...expected.tasks]) x.row += dr;
  for (const f of expected.findings) f[2] += dr;
  return { grids: sheets.map((s) => toGrid(s, layout.origin)), expected };
}
