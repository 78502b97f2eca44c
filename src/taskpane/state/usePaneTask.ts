/**
 * Runs one long piece of work at a time with progress and cancel, and turns its failure into a
 * message bar instead of a blank pane. Cancelling stops between Excel round trips. Errors and
 * notices are kept as data (an error's code and file, a notice's words as a function of the
 * catalogue), so switching the language re-renders them whole, never half in each language.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { isCancelled } from '../../host/task';
import type { TaskOptions } from '../../host/task';
import type { Strings } from '../i18n/strings';
import { type PaneError, isExplained, paneErrorOf } from './paneError';

export type BusyKind = 'reading' | 'checking' | 'writing' | 'importing' | 'consolidating';

export interface Busy {
  kind: BusyKind;
  /** 0..1, or null while the size of the work is unknown. */
  fraction: number | null;
}

export interface Notice {
  intent: 'success' | 'info' | 'warning';
  text: (s: Strings) => string;
  /** Move focus to the notice: for actions whose only result it is (a download, a sheet written). */
  focus?: boolean;
}

export interface PaneTask {
  busy: Busy | null;
  error: PaneError | null;
  notice: Notice | null;
  /** Bumped with every error and notice: the status area moves focus to it once per event. */
  events: number;
  /**
   * `fileName`: the file the work is on, for messages that must name it (defaults to the workbook
   * the pane has open). Resolves to undefined when the work failed or was cancelled.
   */
  run<T>(kind: BusyKind, work: (options: TaskOptions) => Promise<T>, fileName?: string | null): Promise<T | undefined>;
  cancel: () => void;
  setNotice(n: Notice | null): void;
  fail(err: unknown, fileName?: string | null): void;
  clearError(): void;
}

export function usePaneTask(defaultFileName: string | null): PaneTask {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [notice, setNoticeState] = useState<Notice | null>(null);
  const [events, setEvents] = useState(0);
  const controller = useRef<AbortController | null>(null);
  const defaultFile = useRef(defaultFileName);
  // Kept current at commit (not during render, which React may discard), before any handler runs.
  useLayoutEffect(() => {
    defaultFile.current = defaultFileName;
  }, [defaultFileName]);

  const setNotice = useCallback((n: Notice | null) => {
    setNoticeState(n);
    if (n) setEvents((e) => e + 1);
  }, []);

  const fail = useCallback((err: unknown, fileName?: string | null) => {
    setNoticeState(null);
    setError(paneErrorOf(err, fileName === undefined ? defaultFile.current : fileName));
    setEvents((e) => e + 1);
  }, []);

  const run = useCallback(
    async <T>(
      kind: BusyKind,
      work: (options: TaskOptions) => Promise<T>,
      fileName?: string | null,
    ): Promise<T | undefined> => {
      controller.current?.abort();
      const ac = new AbortController();
      controller.current = ac;
      setError(null);
      setNoticeState(null);
      setBusy({ kind, fraction: null });
      try {
        return await work({
          signal: ac.signal,
          onProgress: (p) => setBusy({ kind, fraction: p.total > 0 ? p.done / p.total : null }),
        });
      } catch (err) {
        // The Cancel button that had focus is gone with the busy bar: the notice takes it.
        if (isCancelled(err)) setNotice({ intent: 'info', focus: true, text: (s) => s.busy.cancelled });
        else {
          // Unexpected ones stay visible in the console too: the bar may be dismissed before it is reported.
          if (!isExplained(err)) console.error(err);
          fail(err, fileName);
        }
        return undefined;
      } finally {
        if (controller.current === ac) {
          controller.current = null;
          setBusy(null);
        }
      }
    },
    [fail, setNotice],
  );

  return {
    busy,
    error,
    notice,
    events,
    run,
    cancel: () => controller.current?.abort(),
    setNotice,
    fail,
    clearError: () => setError(null),
  };
}
