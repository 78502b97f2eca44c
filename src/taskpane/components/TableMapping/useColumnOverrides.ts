/**
 * The column choices of the open workbook: kept by the host where it can (inside Excel, in
 * workbook.settings), otherwise for the session only. Loaded once; every change is saved at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnOverride } from '../../../core/locate/overrides';
import type { WorkbookHost } from '../../../host/workbookHost';

export interface ColumnOverrides {
  overrides: ColumnOverride[];
  /** True when the host keeps the choices with the workbook. */
  persisted: boolean;
  /** The choices once loaded (a check waits for them, so the first reading already uses them). */
  ready(): Promise<ColumnOverride[]>;
  update(next: ColumnOverride[]): Promise<void>;
}

export function useColumnOverrides(host: WorkbookHost): ColumnOverrides {
  const [overrides, setOverrides] = useState<ColumnOverride[]>([]);
  const loaded = useRef<Promise<ColumnOverride[]> | null>(null);
  const store = host.columnSettings;

  const ready = useCallback(() => {
    if (!loaded.current) {
      // A workbook whose settings cannot be read is checked as found; the choice can be made again.
      loaded.current = store ? store.load().catch(() => []) : Promise.resolve([]);
      void loaded.current.then(setOverrides);
    }
    return loaded.current;
  }, [store]);

  useEffect(() => {
    void ready();
  }, [ready]);

  const update = useCallback(
    async (next: ColumnOverride[]) => {
      loaded.current = Promise.resolve(next);
      setOverrides(next);
      if (store) await store.save(next);
    },
    [store],
  );

  return { overrides, persisted: store !== undefined, ready, update };
}
