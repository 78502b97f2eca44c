/**
 * The engine's front door: Grids in, the plan's reading and its findings out. Pure: no Office, DOM
 * or Node APIs, so the pane, the command line and the tests all run exactly this.
 */
import type { Grid } from './grid';
import type { Finding } from './findings/finding';
import type { PlanReference, Target, Task } from './schema';

export interface CheckOptions {
  /** Forces the plan year; otherwise the year most titles and timeframes name. */
  planYear?: number;
}

export interface TableInfo {
  kind: 'targets' | 'tasks';
  sheet: string;
  /** Physical row of the (first) header row. */
  headerRow: number;
  /** 1 or 2. */
  headerRows: number;
  firstDataRow: number;
  lastDataRow: number;
  /** Role → column letter. */
  columns: Record<string, string>;
  year: number | null;
  reference: PlanReference | null;
}

export interface ReadingSummary {
  targets: number;
  indicators: number;
  tasks: number;
  error: number;
  warning: number;
  info: number;
  valid: boolean;
}

export interface PlanReading {
  planYear: number | null;
  plan: { number: string | null; issued: string | null };
  tables: TableInfo[];
  targets: Target[];
  tasks: Task[];
  findings: Finding[];
  summary: ReadingSummary;
}

export declare function readPlan(grids: Grid[], options?: CheckOptions): PlanReading;
