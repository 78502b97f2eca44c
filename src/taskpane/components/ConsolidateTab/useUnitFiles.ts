/**
 * The submissions Tổng hợp will consolidate: units' files picked from disk, each read at once in
 * the engine (the worker) with the project's own reader, and the unit sheets already in the
 * workbook when the user adds them. A file picked again replaces its earlier reading; a sheet of
 * the workbook whose unit and period are already listed is not added twice. Nothing here writes.
 */
import { useCallback, useRef, useState } from 'react';
import { type Submission, unitKey } from '../../../core/consolidate';
import type { Finding } from '../../../core/findings/finding';
import { foldKey } from '../../../core/text/normalize';
import { readFileBytes } from '../../../browser/readFileBytes';
import type { TaskOptions } from '../../../host/task';
import type { PaneEngine } from '../../engine/types';
import { type PaneError, paneErrorOf } from '../../state/paneError';

export interface UnitSource {
  id: string;
  /** The file's name, or null for the sheets of the open workbook. */
  name: string | null;
  /** The picked file itself, kept to import it and to show a finding's rows; null for the workbook's sheets. */
  file: Blob | null;
  submissions: Submission[];
  /** Findings about the file as a whole (no unit sheet in it). */
  findings: Finding[];
  sheets: number;
  /** Why the file cannot be read (named in the list); such a file blocks the consolidation. */
  error: PaneError | null;
}

export function submissionKey(s: Submission): string {
  return `${unitKey(s.unit)}|${foldKey(s.period ?? '')}`;
}

export function useUnitFiles(engine: PaneEngine) {
  const [sources, setSources] = useState<UnitSource[]>([]);
  const next = useRef(0);

  /** Reads the files one by one; a bad one is kept in the list with its error, the others still read. */
  const addFiles = useCallback(
    async (files: File[], options: TaskOptions): Promise<UnitSource[]> => {
      const read: UnitSource[] = [];
      for (const f of files) {
        const id = `f${++next.current}`;
        try {
          const data = await readFileBytes(f);
          const r = await engine.readSubmissions(data, f.name, options);
          // The file's time tells a unit's copies apart when no report date does (prefer-latest).
          const modified = Number.isFinite(f.lastModified) ? new Date(f.lastModified).toISOString() : null;
          for (const sub of r.submissions) sub.modified ??= modified;
          read.push({
            id,
            name: f.name,
            file: f,
            submissions: r.submissions,
            findings: r.findings,
            sheets: r.sheets,
            error: null,
          });
        } catch (err) {
          if ((err as Error)?.name === 'CancelledError') throw err;
          read.push({
            id,
            name: f.name,
            file: f,
            submissions: [],
            findings: [],
            sheets: 0,
            error: paneErrorOf(err, f.name),
          });
        }
      }
      const names = new Set(read.map((r) => r.name));
      setSources((prev) => [...prev.filter((p) => p.name === null || !names.has(p.name)), ...read]);
      return read;
    },
    [engine],
  );

  /** The workbook's own unit sheets, minus those already listed from a file. Returns how many were skipped. */
  const addWorkbook = useCallback(
    (submissions: Submission[], current: UnitSource[]): { added: number; skipped: number } => {
      const listed = new Set(current.filter((c) => c.name !== null).flatMap((c) => c.submissions.map(submissionKey)));
      const fresh = submissions.filter((s) => !listed.has(submissionKey(s)));
      setSources((prev) => [
        ...prev.filter((p) => p.name !== null),
        {
          id: `w${++next.current}`,
          name: null,
          file: null,
          submissions: fresh,
          findings: [],
          sheets: fresh.length,
          error: null,
        },
      ]);
      return { added: fresh.length, skipped: submissions.length - fresh.length };
    },
    [],
  );

  const remove = useCallback((id: string) => setSources((prev) => prev.filter((p) => p.id !== id)), []);
  const clear = useCallback(() => setSources([]), []);

  return { sources, addFiles, addWorkbook, remove, clear };
}
