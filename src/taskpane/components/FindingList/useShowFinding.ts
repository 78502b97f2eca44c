/**
 * What clicking a finding does. Inside Excel, a finding in the open workbook selects its cell; a
 * finding in a unit's file (not in this workbook) and every finding outside Excel shows the rows
 * around its cell instead, read from that very file.
 */
import { useState } from 'react';
import { readFileBytes } from '../../../browser/readFileBytes';
import { addressOf } from '../../../core/findings/address';
import type { CellWindow } from '../../format/cellWindow';
import { peekGrids } from '../../engine/jobs';
import { usePane } from '../../state/PaneContext';
import type { ShownFinding } from './useFindingFilter';

export interface FindingPreview {
  key: string;
  file: string | null;
  window: CellWindow | null;
}

/** `unitFile(name)`: the unit's file a finding names, when the pane still has it. */
export function useShowFinding(unitFile: (name: string) => Blob | null = () => null) {
  const { host, engine, task } = usePane();
  const [preview, setPreview] = useState<FindingPreview | null>(null);

  const show = (item: ShownFinding) => {
    const f = item.finding;
    if (!f.sheet || f.row === null) return;
    const sheet = f.sheet;
    const row = f.row;
    if (preview?.key === item.key) {
      setPreview(null);
      return;
    }
    const blob = f.file ? unitFile(f.file) : null;
    void task.run(
      'reading',
      async (options) => {
        if (blob) {
          const data = await readFileBytes(blob);
          setPreview({
            key: item.key,
            file: f.file ?? null,
            window: await engine.peek(data, sheet, row, f.column, options),
          });
          return;
        }
        // A finding about a whole row (a section, a totals line) selects that row.
        if (await host.selectCell(sheet, addressOf(f))) return;
        const grids = await host.readGrids(options);
        setPreview({ key: item.key, file: f.file ?? null, window: peekGrids(grids, sheet, row, f.column) });
      },
      f.file ?? undefined,
    );
  };

  return { preview, show };
}
