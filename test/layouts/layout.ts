/**
 * A layout: how a plan's two tables are laid out in a workbook, and the named variation kinds
 * that change it. Random combinations of the kinds make the generated workbooks.
 */
export type AreaStyle = 'roman' | 'arabic' | 'letter';

export interface Layout {
  sheets: 'separate' | 'one-sheet' | 'targets-only' | 'tasks-only';
  sheetNames: [string, string];
  titles: 'none' | 'plain' | 'national';
  titleWithHeaderWords: boolean;
  /** Index into each role's list of header wordings. */
  wording: number;
  noDiacritics: boolean;
  oddSpaces: boolean;
  ownerGroup: 'none' | 'two-row' | 'three-row';
  splitTimeframe: boolean;
  numberingRow: 'none' | 'paren' | 'plain' | 'letters';
  shuffleSeed: number;
  extraColumns: boolean;
  hiddenColumn: boolean;
  areaStyle: AreaStyle;
  areaLayout: 'own-row-merged' | 'own-row-cells' | 'merged-down';
  codes: 'text-prefix' | 'tt-text' | 'tt-number' | 'plain-restart';
  repeatedHeader: 'none' | 'after-row' | 'after-empty-row';
  emptyRows: boolean;
  closingLine: boolean;
  footer: boolean;
  numberWithoutText: boolean;
  budgetAsText: boolean;
  nfd: boolean;
  origin: { row: number; col: number };
  /** Area headings with no numeral at all (a bold title row). */
  unnumberedAreas: boolean;
  /** `Nội dung` over the area column and `Nhiệm vụ` over the task column. */
  genericAreaHeader: boolean;
  /** `Thời gian` over `Từ | Đến` instead of `Thời gian thực hiện` over `Bắt đầu | Hoàn thành`. */
  fromTo: boolean;
  /** `Kinh phí` over `Tổng số | Ngân sách | Nguồn khác`. */
  budgetSplit: boolean;
  /** Target STT numbered again from 1 in each section. */
  targetsRestart: boolean;
  /** An area number typed as a number cell, its title in the next cell. */
  areaNumberCell: boolean;
}

export const DEFAULT_LAYOUT: Layout = {
  sheets: 'separate',
  sheetNames: ['Phụ lục 1', 'Phụ lục 2'],
  titles: 'plain',
  titleWithHeaderWords: false,
  wording: 0,
  noDiacritics: false,
  oddSpaces: false,
  ownerGroup: 'none',
  splitTimeframe: false,
  numberingRow: 'none',
  shuffleSeed: 0,
  extraColumns: false,
  hiddenColumn: false,
  areaStyle: 'roman',
  areaLayout: 'own-row-merged',
  codes: 'text-prefix',
  repeatedHeader: 'none',
  emptyRows: false,
  closingLine: true,
  footer: false,
  numberWithoutText: false,
  budgetAsText: false,
  nfd: false,
  origin: { row: 1, col: 1 },
  unnumberedAreas: false,
  genericAreaHeader: false,
  fromTo: false,
  budgetSplit: false,
  targetsRestart: false,
  areaNumberCell: false,
};

export type Rng = () => number;

/** A small deterministic generator (mulberry32), so a seed names a sample exactly. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

export interface VariationKind {
  name: string;
  apply: (l: Layout, r: Rng) => void;
}

/** The kinds of variation real plans show, each named so that a failing variant says which kind broke. */
export const VARIATION_KINDS: readonly VariationKind[] = [
  {
    name: 'no-title-rows',
    apply: (l) => {
      l.titles = 'none';
    },
  },
  {
    name: 'national-heading',
    apply: (l) => {
      l.titles = 'national';
    },
  },
  {
    name: 'title-with-header-words',
    apply: (l) => {
      l.titleWithHeaderWords = true;
      if (l.titles === 'none') l.titles = 'plain';
    },
  },
  {
    name: 'header-synonyms',
    apply: (l, r) => {
      l.wording = 1 + Math.floor(r() * 4);
    },
  },
  {
    name: 'headers-without-diacritics',
    apply: (l) => {
      l.noDiacritics = true;
    },
  },
  {
    name: 'odd-spaces-in-headers',
    apply: (l) => {
      l.oddSpaces = true;
    },
  },
  {
    name: 'owner-group-header',
    apply: (l) => {
      l.ownerGroup = 'two-row';
    },
  },
  {
    name: 'three-row-header',
    apply: (l) => {
      l.ownerGroup = 'three-row';
    },
  },
  {
    name: 'timeframe-start-end',
    apply: (l) => {
      l.splitTimeframe = true;
    },
  },
  {
    name: 'numbering-row',
    apply: (l, r) => {
      l.numberingRow = pick(r, ['paren', 'plain', 'letters'] as const);
    },
  },
  {
    name: 'columns-reordered',
    apply: (l, r) => {
      l.shuffleSeed = 1 + Math.floor(r() * 1000);
    },
  },
  {
    name: 'extra-columns',
    apply: (l) => {
      l.extraColumns = true;
    },
  },
  {
    name: 'hidden-column',
    apply: (l) => {
      l.hiddenColumn = true;
    },
  },
  {
    name: 'areas-arabic',
    apply: (l) => {
      l.areaStyle = 'arabic';
    },
  },
  {
    name: 'areas-letters',
    apply: (l) => {
      l.areaStyle = 'letter';
    },
  },
  {
    name: 'area-number-and-title-in-two-cells',
    apply: (l) => {
      l.areaLayout = 'own-row-cells';
    },
  },
  {
    name: 'areas-merged-down',
    apply: (l) => {
      l.areaLayout = 'merged-down';
      l.codes = 'text-prefix';
    },
  },
  {
    name: 'codes-in-tt-as-text',
    apply: (l) => {
      l.codes = 'tt-text';
      if (l.areaLayout === 'merged-down') l.areaLayout = 'own-row-merged';
    },
  },
  {
    name: 'codes-in-tt-as-formatted-numbers',
    apply: (l) => {
      l.codes = 'tt-number';
      if (l.areaLayout === 'merged-down') l.areaLayout = 'own-row-merged';
    },
  },
  {
    name: 'plain-numbers-restarting-per-area',
    apply: (l) => {
      l.codes = 'plain-restart';
      if (l.areaLayout === 'merged-down') l.areaLayout = 'own-row-merged';
    },
  },
  {
    name: 'header-repeated-inside',
    apply: (l, r) => {
      l.repeatedHeader = pick(r, ['after-row', 'after-empty-row'] as const);
    },
  },
  {
    name: 'empty-rows-inside',
    apply: (l) => {
      l.emptyRows = true;
    },
  },
  {
    name: 'no-closing-line',
    apply: (l) => {
      l.closingLine = false;
    },
  },
  {
    name: 'signature-footer',
    apply: (l) => {
      l.footer = true;
    },
  },
  {
    name: 'number-without-text',
    apply: (l) => {
      l.numberWithoutText = true;
    },
  },
  {
    name: 'budgets-as-text',
    apply: (l) => {
      l.budgetAsText = true;
    },
  },
  {
    name: 'text-in-nfd',
    apply: (l) => {
      l.nfd = true;
    },
  },
  {
    name: 'both-tables-on-one-sheet',
    apply: (l) => {
      l.sheets = 'one-sheet';
    },
  },
  {
    name: 'only-one-appendix',
    apply: (l, r) => {
      l.sheets = pick(r, ['targets-only', 'tasks-only'] as const);
    },
  },
  {
    name: 'sheets-named-pl-or-sheet',
    apply: (l, r) => {
      l.sheetNames = pick(r, [
        ['PL1', 'PL2'],
        ['Sheet1', 'Sheet2'],
        ['Mục tiêu', 'Nhiệm vụ'],
      ] as [string, string][]);
    },
  },
  {
    name: 'areas-without-numerals',
    apply: (l) => {
      l.unnumberedAreas = true;
      if (l.codes === 'plain-restart') l.codes = 'text-prefix';
    },
  },
  {
    name: 'generic-area-header',
    apply: (l) => {
      l.genericAreaHeader = true;
      l.areaLayout = 'merged-down';
      l.codes = 'text-prefix';
    },
  },
  {
    name: 'timeframe-from-to',
    apply: (l) => {
      l.splitTimeframe = true;
      l.fromTo = true;
    },
  },
  {
    name: 'budget-split-with-total',
    apply: (l) => {
      l.budgetSplit = true;
    },
  },
  {
    name: 'target-stt-restarting-per-section',
    apply: (l) => {
      l.targetsRestart = true;
    },
  },
  {
    name: 'area-number-as-number-cell',
    apply: (l) => {
      l.areaNumberCell = true;
      l.areaLayout = 'own-row-cells';
      l.areaStyle = 'arabic';
    },
  },
  {
    name: 'used-range-not-at-a1',
    apply: (l, r) => {
      l.origin = { row: 1 + Math.floor(r() * 3), col: 1 + Math.floor(r() * 3) };
    },
  },
];

/** A layout from 2–7 random kinds; the names applied, in order, say what it is. */
export function randomLayout(r: Rng): { layout: Layout; kinds: string[] } {
  const layout: Layout = { ...DEFAULT_LAYOUT, origin: { ...DEFAULT_LAYOUT.origin } };
  const n = 2 + Math.floor(r() * 6);
  const kinds: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = pick(r, VARIATION_KINDS);
    kind.apply(layout, r);
    kinds.push(kind.name);
  }
  return { layout, kinds };
}
