/**
 * The period report as a plain model: what the standing agency sends up each quarter, half-year and
 * year, in the layout of Nghị định 30/2020/NĐ-CP (heading block, number and date, title, body,
 * recipients, signature, annex). Core assembles the words and figures; a host only lays it out
 * (src/docx/writeReport.ts), so every number in the document is one core computed and tested.
 */

import type { PeriodKind } from '../period/period';

/** The period a report covers: the kinds core's consolidation counts (core/period). */
export interface ReportPeriod {
  kind: PeriodKind;
  year: number;
}

export interface ReportTableColumn {
  header: string;
  /** Share of the table's width, in percent. */
  width: number;
  align: 'left' | 'center' | 'right';
}

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  /** A line the agency fills in before signing (`[…]`), shown as such. */
  | { kind: 'placeholder'; text: string }
  | { kind: 'table'; columns: ReportTableColumn[]; rows: string[][]; totalRow?: string[] };

export interface PeriodReportModel {
  /** The issuing body's superior, upper case (`UBND TỈNH LONG AN`), or null when not known. */
  issuerParent: string | null;
  /** The issuing body, upper case, one line each (`ỦY BAN NHÂN DÂN`, `THỊ XÃ KIẾN TƯỜNG`). */
  issuer: string[];
  /** `Số: …/BC-UBND`, left for the clerk to number. */
  number: string;
  nation: string;
  motto: string;
  /** `Kiến Tường, ngày … tháng … năm 2024` (day and month left to fill when not given). */
  placeDate: string;
  /** `BÁO CÁO`. */
  kind: string;
  /** `Kết quả thực hiện công tác cải cách hành chính năm 2024`. */
  title: string;
  body: ReportBlock[];
  recipientsLabel: string;
  recipients: string[];
  /** `TM. ỦY BAN NHÂN DÂN`, `CHỦ TỊCH`, then placeholders for the signature and the name. */
  signature: string[];
  annex: { label: string; title: string; subtitle: string; body: ReportBlock[] } | null;
}
