/**
 * The seed plan (Kiến Tường 3838/KH-UBND, for 2024) as the issued Word document lays it out: the
 * heading table, the plan's opening and closing, then each appendix in a landscape section — its
 * title paragraphs, the table with the merges of the issued document, the closing count. The
 * appendices' content is taken from the seed workbook (assets/ke-hoach-cchc-2024.xlsx), turned
 * into what Word holds: list items instead of web-export HTML, italic runs instead of `<i>`, text
 * instead of numbers, a tracked insertion and deletion in one task.
 */
import type { CellValue, Grid } from '../../src/core/grid';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { type Block, type Cell, type Para, type Run, type Table, p } from './wordml';

export const SEED_WORKBOOK = 'assets/ke-hoach-cchc-2024.xlsx';

/** Text of the issued plan around its appendices (from the issued document). */
const OPENING = [
  'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về việc ban hành Chương trình tổng thể cải cách hành chính (CCHC) nhà nước giai đoạn 2021-2030;',
  'UBND thị xã ban hành kế hoạch CCHC năm 2024, cụ thể như sau:',
  'I. MỤC TIÊU, YÊU CẦU VÀ CHỈ TIÊU',
  'Tập trung triển khai thực hiện có hiệu quả các nhiệm vụ để đảm bảo hoàn thành các mục tiêu, chỉ tiêu được đề ra trong giai đoạn 2021-2025, được phân bổ trong năm 2024, cụ thể như sau: (Phụ lục 1 đính kèm).',
  'Trong quá trình thực hiện có khó khăn, vướng mắc, cơ quan đơn vị, UBND các xã, phường phản ánh về Phòng Nội vụ để tổng hợp, báo cáo UBND thị xã để có ý kiến chỉ đạo kịp thời./.',
];
const RECIPIENTS = [
  'Nơi nhận:',
  '- Sở Nội vụ;',
  '- TT.Thị ủy; TT.HĐND thị xã;',
  '- UBND các xã, phường;',
  '- Lưu: VT, Hs CCHC.',
];

/** `<i>x</i>` → an italic run; other markup dropped. */
function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  const re = /<i>(.*?)<\/i>/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: m[1], italic: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** A cell's text as Word paragraphs: `- ` lines and web-export lists as bulleted list items. */
function parasOf(v: CellValue | undefined): Para[] {
  if (v === null || v === undefined) return [];
  let text = String(v);
  const ul = /^<ul[^>]*>(.*)<\/ul>$/s.exec(text.trim());
  if (ul)
    text = ul[1]
      .split(/\s-\s/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => `- ${s.replace(/^- /, '')}`)
      .join('\n');
  return text.split('\n').map((line) => {
    const bullet = /^-\s+(.*)$/.exec(line.trim());
    return bullet
      ? { kind: 'p' as const, runs: runsOf(bullet[1]), list: { numId: 1, ilvl: 0 } }
      : { kind: 'p' as const, runs: runsOf(line) };
  });
}

/** Task 1.2 as edited with tracked changes on: the deleted words must not read, the inserted ones must. */
function tracked(paras: Para[]): Para[] {
  const t = paras[0]?.runs[0]?.text ?? '';
  if (!t.startsWith('1.2. ')) return paras;
  const at = t.indexOf('năm 2023');
  return [
    {
      kind: 'p',
      runs: [
        { text: t.slice(0, at) },
        { text: 'năm 2022 ', change: 'del' },
        { text: 'năm 2023' },
        { text: t.slice(at + 8, -1), change: 'ins' },
        { text: t.slice(-1) },
      ],
    },
  ];
}

interface Appendix {
  titles: string[];
  table: Table;
  closing: string;
}

/** One sheet of the seed workbook as a Word table with the same merges. */
function appendixOf(g: Grid, widths: number[]): Appendix {
  const width = widths.length;
  const full = (r: number) =>
    g.merges.some((m) => m.startRow === r && m.endRow === r && m.startCol === 1 && m.endCol === width);
  let first = 1;
  while (full(first)) first++;
  const last = g.values.length;
  const titles = g.values.slice(0, first - 1).map((r) => String(r[0]));
  const rows: Cell[][] = [];
  for (let r = first; r < last; r++) {
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) {
      const m = g.merges.find((a) => r >= a.startRow && r <= a.endRow && c >= a.startCol && c <= a.endCol);
      if (m && m.startCol !== c) continue;
      const span = m ? m.endCol - m.startCol + 1 : 1;
      if (m && m.startRow !== r) cells.push({ paras: [], span, vMerge: 'continue' });
      else
        cells.push({
          paras: tracked(parasOf(g.values[r - 1][c - 1])),
          span,
          vMerge: m && m.endRow > m.startRow ? 'restart' : undefined,
        });
    }
    rows.push(cells);
  }
  return { titles, table: { kind: 'table', widths, rows, headerRows: 1 }, closing: String(g.values[last - 1][0]) };
}

export async function seedAppendices(): Promise<Appendix[]> {
  const grids = await readWorkbookFile(SEED_WORKBOOK);
  return [
    appendixOf(grids[0], [700, 6500, 2600, 2600, 1200]),
    appendixOf(grids[1], [600, 1500, 3800, 2600, 1700, 2000, 1300, 1200]),
  ];
}

/** The whole issued plan: heading table, opening, signature, then the two appendices on landscape pages. */
export async function seedPlanBlocks(): Promise<Block[]> {
  const [a1, a2] = await seedAppendices();
  const heading: Table = {
    kind: 'table',
    widths: [4000, 5500],
    rows: [
      [
        {
          paras: [
            p('UỶ BAN NHÂN DÂN', { center: true }),
            p('THỊ XÃ KIẾN TƯỜNG', { center: true }),
            p('Số: 3838/KH-UBND', { center: true }),
          ],
        },
        {
          paras: [
            p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { center: true }),
            p('Độc lập - Tự do - Hạnh phúc', { center: true }),
            p('Kiến Tường, ngày 28 tháng 12 năm 2023', { center: true }),
          ],
        },
      ],
    ],
  };
  const appendix = (a: Appendix, breakBefore: boolean): Block[] => [
    ...a.titles.map((t, i) => p(t, { center: true, pageBreakBefore: breakBefore && i === 0 })),
    p(''),
    a.table,
    p(''),
    p(a.closing),
  ];
  return [
    heading,
    p(''),
    p('KẾ HOẠCH', { center: true }),
    p('Công tác cải cách hành chính năm 2024 trên địa bàn thị xã Kiến Tường', { center: true }),
    ...OPENING.map((t) => p(t)),
    ...RECIPIENTS.map((t) => p(t)),
    p('TM. ỦY BAN NHÂN DÂN', { center: true }),
    p('CHỦ TỊCH', { center: true, sectionEnd: 'portrait' }),
    ...appendix(a1, false),
    ...appendix(a2, true),
  ];
}
