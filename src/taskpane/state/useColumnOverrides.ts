/**
 * The column choices of the open workbook, one set for the whole pane: the Check tab's mapping
 * makes them, and every job that reads the plan (check, progress, consolidation, a unit's template)
 * reads it with them, so the tabs never disagree on one plan. Kept by the host where it can (inside
 * Excel, in workbook.settings), otherwise for the session only. Loaded once per workbook: another
 * workbook opened outside Excel starts with none, since choices made for one file's sheets would
 * silently misread another's. Every change is saved at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnOverride } from '../../core/locate/overrides';
import type { WorkbookHost } from '../../host/workbookHost';

export interface ColumnOverrides {
  overrides: ColumnOverride[];
  /** True when the host keeps the choices with the workbook. */
  persisted: boolean;
  /** The choices once loaded (a job waits for them, so the first reading already uses them). */
  ready(): Promise<ColumnOverride[]>;
  update(next: ColumnOverride[]): Promise<void>;
}

/** `workbook` names the open workbook (the file's name outside Excel; null inside, where there is one). */
export function useColumnOverrides(host: WorkbookHost, workbook: string | null): ColumnOverrides {
  const [overrides, setOverrides] = useState<ColumnOverride[]>([]);
  const loaded = useRef<{ workbook: string | null; choices: Promise<ColumnOverride[]> } | null>(null);
  const store = host.columnSettings;

  const ready = useCallback(() => {
    if (loaded.current?.workbook !== workbook) {
      // A workbook whose settings cannot be read is read as found; the choice can be made again.
      const choices = store ? store.load().catch(() => []) : Promise.resolve([]);
      loaded.current = { workbook, choices };
      setOverrides([]);
      void choices.then((c) => {
        if (loaded.current?.choices === choices) setOverrides(c);
      });
    }
    return loaded.current.choices;
  }, [store, workbook]);

  useEffect(() => {
    void ready();
  }, [ready]);

  const update = useCallback(
    async (next: ColumnOverride[]) => {
      loaded.current = { workbook, choices: Promise.resolve(next) };
      setOverrides(next);
      if (store) await store.save(next);
    },
    [store, workbook],
  );

  return { overrides, persisted: store !== undefined, ready, update };
}
