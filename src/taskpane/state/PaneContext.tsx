/** What every tab shares: the host, the engine, the running task, and the last reading of the plan. */
import { createContext, useContext } from 'react';
import type { PlanReading } from '../../core/engine';
import type { WorkbookHost } from '../host/types';
import type { PaneEngine } from '../engine/types';
import type { PaneTask } from './usePaneTask';

export interface PaneState {
  host: WorkbookHost;
  /** Where the heavy work runs: a Web Worker in the browser, this thread in tests. */
  engine: PaneEngine;
  task: PaneTask;
  /** The workbook's name outside Excel (for report file names); null inside Excel. */
  fileName: string | null;
  reading: PlanReading | null;
  setReading(r: PlanReading | null): void;
}

export const PaneContext = createContext<PaneState | null>(null);

export function usePane(): PaneState {
  const p = useContext(PaneContext);
  if (!p) throw new Error('usePane outside PaneContext');
  return p;
}
