/**
 * The task pane: header with the language switch, where it runs, the four tabs, and one place for
 * progress, errors and notices. Tabs stay mounted (hidden) so a result survives switching tabs.
 */
import { FluentProvider, MessageBar, MessageBarBody, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PlanReading } from '../../../core/engine';
import type { Lang } from '../../../core/i18n/lang';
import type { BrowserHost } from '../../../browser/browserHost';
import { readFileBytes } from '../../../browser/readFileBytes';
import { storeLang } from '../../i18n/detectLang';
import { LangContext } from '../../i18n/LangContext';
import { STRINGS } from '../../i18n/strings';
import type { WorkbookHost } from '../../host/types';
import { createLocalEngine } from '../../engine/localEngine';
import type { PaneEngine } from '../../engine/types';
import { PaneContext, type PaneState } from '../../state/PaneContext';
import { usePaneTask } from '../../state/usePaneTask';
import { BusyBar } from '../BusyBar/BusyBar';
import { CheckTab } from '../CheckTab/CheckTab';
import { ConsolidateTab } from '../ConsolidateTab/ConsolidateTab';
import { ErrorBar } from '../ErrorBar/ErrorBar';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary';
import { type HostMode, HostNotices } from '../HostNotices/HostNotices';
import { LanguageSwitch } from '../LanguageSwitch/LanguageSwitch';
import { ProgressTab } from '../ProgressTab/ProgressTab';
import { TemplateTab } from '../TemplateTab/TemplateTab';
import { WorkbookPicker } from '../WorkbookPicker/WorkbookPicker';
import { useAppStyles } from './useAppStyles.styles';

const TABS = ['check', 'progress', 'consolidate', 'template'] as const;
type TabKey = (typeof TABS)[number];

export interface AppProps {
  host: WorkbookHost;
  /** Defaults to the engine on this thread (tests); index.tsx passes the Web Worker's. */
  engine?: PaneEngine;
  mode: HostMode;
  initialLang: Lang;
  /** Outside Excel: the bundled sample to open first. */
  sample?: { url: string; name: string; load: (url: string) => Promise<Uint8Array> };
}

function isBrowserHost(h: WorkbookHost): h is BrowserHost {
  return h.kind === 'browser' && 'open' in h;
}

export function App({ host, engine: givenEngine, mode, initialLang, sample }: AppProps) {
  const engine = useMemo(() => givenEngine ?? createLocalEngine(), [givenEngine]);
  const [lang, setLangState] = useState<Lang>(initialLang);
  const s = STRINGS[lang];
  const styles = useAppStyles();
  const task = usePaneTask(lang, s.busy.cancelled);
  const [tab, setTab] = useState<TabKey>('check');
  const [reading, setReading] = useState<PlanReading | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [loadingSample, setLoadingSample] = useState(false);
  const browser = isBrowserHost(host) ? host : null;

  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    storeLang(l);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = s.appTitle;
  }, [lang, s.appTitle]);

  useEffect(() => {
    if (!browser || !sample) return;
    let live = true;
    setLoadingSample(true);
    sample
      .load(sample.url)
      .then((data) => {
        if (!live || browser.current()) return;
        browser.open({ name: sample.name, data });
        setFileName(sample.name);
      })
      .catch(() => live && task.setNotice({ intent: 'info', text: STRINGS[lang].workbook.sampleFailed }))
      .finally(() => live && setLoadingSample(false));
    return () => {
      live = false;
    };
    // Only once, at first load: the sample must never replace a file the user opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const pick = (file: File) =>
    task.run(
      'reading',
      async () => {
        if (!browser) return;
        browser.open({ name: file.name, data: await readFileBytes(file) });
        setFileName(file.name);
        setReading(null);
      },
      file.name,
    );

  const pane = useMemo<PaneState>(() => ({ host, engine, task, fileName, reading, setReading }), [host, engine, task, fileName, reading]);
  const panels: Record<TabKey, JSX.Element> = {
    check: <CheckTab />,
    progress: <ProgressTab />,
    consolidate: <ConsolidateTab />,
    template: <TemplateTab />,
  };

  return (
    <FluentProvider theme={webLightTheme} dir="ltr">
      <LangContext.Provider value={{ lang, setLang }}>
        <PaneContext.Provider value={pane}>
          <div className={styles.root} lang={lang}>
            <header className={styles.header}>
              <h1 className={styles.title}>{s.appTitle}</h1>
              <LanguageSwitch />
            </header>
            <ErrorBoundary strings={s}>
              <HostNotices mode={mode} />
              {browser ? <WorkbookPicker current={fileName} loadingSample={loadingSample} onPick={pick} /> : null}
              <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabKey)} size="small">
                {TABS.map((t) => (
                  <Tab key={t} className={styles.tab} value={t} id={`tab-${t}`} aria-controls={`panel-${t}`} data-testid={`tab-${t}`}>
                    {s.tabs[t]}
                  </Tab>
                ))}
              </TabList>
              {task.busy ? <BusyBar busy={task.busy} onCancel={task.cancel} /> : null}
              {task.error ? <ErrorBar error={task.error} onDismiss={task.clearError} /> : null}
              {task.notice ? (
                <MessageBar intent={task.notice.intent} layout="multiline" data-testid="notice">
                  <MessageBarBody>{task.notice.text}</MessageBarBody>
                </MessageBar>
              ) : null}
              {TABS.map((t) => (
                <div key={t} id={`panel-${t}`} role="tabpanel" aria-labelledby={`tab-${t}`} hidden={tab !== t} className={styles.panel}>
                  <ErrorBoundary strings={s}>{panels[t]}</ErrorBoundary>
                </div>
              ))}
            </ErrorBoundary>
          </div>
        </PaneContext.Provider>
      </LangContext.Provider>
    </FluentProvider>
  );
}
