/**
 * What every tab shares: the host, the engine, the running task, the last reading of the plan, the
 * user's column choices every reading of the plan uses, and the one "as of" date Tiến độ and Tổng
 * hợp both compute against.
 */
import { createContext, useContext } from 'react';
import type { PlanReading } from '../../core/readPlan';
import type { WorkbookHost } from '../../host/workbookHost';
import type { PaneEngine } from '../engine/types';
import type { ColumnOverrides } from './useColumnOverrides';
import type { PaneTask } from './usePaneTask';

export interface PaneState {
  host: WorkbookHost;
  /** Where the heavy work runs: a Web Worker in the browser, this thread in tests. */
  engine: PaneEngine;
  task: PaneTask;
  /** The workbook's name outside Excel (for report file names); null inside Excel. */
  fileName: string | null;
  reading: PlanReading | null;
  setReading: (r: PlanReading | null) => void;
  /** How the user corrected the reading of the plan's tables (the Check tab's mapping). */
  columns: ColumnOverrides;
  /** ISO date overdue tasks are judged against; null while the field holds no valid date. */
  asOf: string | null;
  setAsOf: (iso: string | null) => void;
}

export const PaneContext = createContext<PaneState | null>(null);

export function usePane(): PaneState {
  const p = useContext(PaneContext);
  if (!p) throw new Error('usePane outside PaneContext');
  return p;
}
