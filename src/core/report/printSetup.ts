/**
 * How every sheet the tool writes prints, decided once for both writers (exceljs files and
 * Office.js sheets): A4, landscape when the columns would not fit a portrait page, one page wide
 * and as many tall as needed, the header rows repeated on each page, and a footer with the report's
 * title and page numbers — what a standing agency expects of a report it prints and files.
 */
import { cellValueOf, type SheetLayout } from './layout';
import type { Lang } from '../i18n/lang';

export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit all columns to one page width; rows run over as many pages as they need. */
  fitToWidth: true;
  /** Rows 1…repeatRows are printed at the top of every page (0: none). */
  repeatRows: number;
  /**
   * The footer's left (the report's title) and right (page numbers) sections, in Excel's
   * header/footer codes (`&P` page, `&N` pages, `&&` a literal `&`), which mean the same in a file
   * (`&L…&R…` in one string) and in Office.js' HeaderFooter sections.
   */
  footer: { left: string; right: string };
}

/** Excel's default column width in characters, for columns a layout leaves unsized. */
const DEFAULT_WIDTH = 8.43;
/**
 * Characters that fit across A4 portrait inside Excel's normal margins (0.7" each side) at the
 * default font: 8.27" − 1.4" ≈ 6.9" at about 0.075" a character. Wider sheets print landscape.
 */
const PORTRAIT_CHARS = 92;
/** Excel refuses a header/footer section past 255 characters; codes and page words need room. */
const TITLE_MAX = 180;

const PAGES: Record<Lang, string> = { vi: 'Trang &P/&N', en: 'Page &P of &N' };

function layoutWidth(layout: SheetLayout): number {
  return layout.rows.reduce((n, row) => Math.max(n, row.length), layout.columnWidths?.length ?? 0);
}

/** The report's title: the text of its first cell, else the sheet's name. */
function titleOf(layout: SheetLayout): string {
  const first = layout.rows[0]?.map(cellValueOf).find((v) => typeof v === 'string' && v.trim() !== '');
  return typeof first === 'string' ? first.trim() : layout.name;
}

/** `&` starts a code in a header or footer; a literal one is written twice. */
function footerText(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  const cut = oneLine.length > TITLE_MAX ? `${oneLine.slice(0, TITLE_MAX - 1)}…` : oneLine;
  return cut.replace(/&/g, '&&');
}

export function printSetupOf(layout: SheetLayout, lang: Lang): PrintSetup {
  const widths = layout.columnWidths ?? [];
  let chars = 0;
  for (let c = 0; c < layoutWidth(layout); c++) chars += widths[c] && widths[c] > 0 ? widths[c] : DEFAULT_WIDTH;
  return {
    paper: 'A4',
    orientation: chars > PORTRAIT_CHARS ? 'landscape' : 'portrait',
    fitToWidth: true,
    repeatRows: Math.max(0, Math.min(layout.freezeRows ?? 0, layout.rows.length)),
    footer: { left: footerText(titleOf(layout)), right: PAGES[lang] },
  };
}
