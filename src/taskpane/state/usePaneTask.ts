/**
 * Runs one long piece of work at a time with progress and cancel, and turns its failure into a
 * message bar instead of a blank pane. Cancelling stops between Excel round trips.
 */
import { useCallback, useRef, useState } from 'react';
import type { Lang } from '../../core/i18n/lang';
import { isCancelled } from '../../excel/cancel';
import type { TaskOptions } from '../host/types';
import { type PaneError, describeError } from './paneError';

export type BusyKind = 'reading' | 'checking' | 'writing' | 'importing' | 'consolidating';

export interface Busy {
  kind: BusyKind;
  /** 0..1, or null while the size of the work is unknown. */
  fraction: number | null;
}

export interface Notice {
  intent: 'success' | 'info';
  text: string;
}

export interface PaneTask {
  busy: Busy | null;
  error: PaneError | null;
  notice: Notice | null;
  run<T>(kind: BusyKind, work: (options: TaskOptions) => Promise<T>, fileName?: string | null): Promise<T | undefined>;
  cancel(): void;
  setNotice(n: Notice | null): void;
  clearError(): void;
}

export function usePaneTask(lang: Lang, cancelledText: string): PaneTask {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async <T,>(kind: BusyKind, work: (options: TaskOptions) => Promise<T>, fileName: string | null = null): Promise<T | undefined> => {
      controller.current?.abort();
      const ac = new AbortController();
      controller.current = ac;
      setError(null);
      setNotice(null);
      setBusy({ kind, fraction: null });
      try {
        return await work({
          signal: ac.signal,
          onProgress: (p) => setBusy({ kind, fraction: p.total > 0 ? p.done / p.total : null }),
        });
      } catch (err) {
        if (isCancelled(err)) setNotice({ intent: 'info', text: cancelledText });
        else {
          // Kept visible in the console too: the message bar may be dismissed before it is reported.
          console.error(err);
          setError(describeError(err, lang, fileName));
        }
        return undefined;
      } finally {
        if (controller.current === ac) {
          controller.current = null;
          setBusy(null);
        }
      }
    },
    [lang, cancelledText],
  );

  return {
    busy,
    error,
    notice,
    run,
    cancel: () => controller.current?.abort(),
    setNotice,
    clearError: () => setError(null),
  };
}
