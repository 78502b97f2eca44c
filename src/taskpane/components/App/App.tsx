/**
 * The task pane: a banner with the title and the language switch, then the main landmark with
 * where it runs, the four tabs, and one status area (progress, errors, notices) kept at the bottom
 * of the screen so a bar appearing never moves what the user is about to click. Tabs stay mounted
 * (hidden) so a result survives switching tabs. The AriaLiveAnnouncer at the root is what Fluent's
 * MessageBar announces through: without it, screen readers hear no message at all.
 */
import { AriaLiveAnnouncer, FluentProvider, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PlanReading } from '../../../core/readPlan';
import type { Lang } from '../../../core/i18n/lang';
import type { BrowserHost } from '../../../browser/browserHost';
import { readFileBytes } from '../../../browser/readFileBytes';
import { storeLang } from '../../i18n/detectLang';
import { LangContext } from '../../i18n/LangContext';
import { STRINGS } from '../../i18n/strings';
import type { WorkbookHost } from '../../../host/workbookHost';
import { createLocalEngine } from '../../engine/localEngine';
import { todayIso } from '../../../core/period/today';
import type { PaneEngine } from '../../engine/types';
import { PaneContext, type PaneState } from '../../state/PaneContext';
import { useColumnOverrides } from '../../state/useColumnOverrides';
import { type PaneError, paneErrorOf } from '../../state/paneError';
import { usePaneTask } from '../../state/usePaneTask';
import { CheckTab } from '../CheckTab/CheckTab';
import { ConsolidateTab } from '../ConsolidateTab/ConsolidateTab';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary';
import { type HostMode, HostNotices } from '../HostNotices/HostNotices';
import { LanguageSwitch } from '../LanguageSwitch/LanguageSwitch';
import { ProgressTab } from '../ProgressTab/ProgressTab';
import { StatusArea } from '../StatusArea/StatusArea';
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
  const [fileName, setFileName] = useState<string | null>(null);
  const task = usePaneTask(fileName);
  const [tab, setTab] = useState<TabKey>('check');
  const [reading, setReading] = useState<PlanReading | null>(null);
  const columns = useColumnOverrides(host, fileName);
  const [asOf, setAsOf] = useState<string | null>(() => todayIso());
  // The sample starts loading at mount (the effect below): show it as loading from the first render.
  const [loadingSample, setLoadingSample] = useState(() => isBrowserHost(host) && sample !== undefined);
  /** Why the workbook picked outside Excel cannot be read, found as soon as it is picked. */
  const [workbookProblem, setWorkbookProblem] = useState<PaneError | null>(null);
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
    sample
      .load(sample.url)
      .then((data) => {
        if (!live || browser.current()) return;
        browser.open({ name: sample.name, data });
        setFileName(sample.name);
      })
      .catch(() => live && task.setNotice({ intent: 'info', text: (w) => w.workbook.sampleFailed }))
      .finally(() => live && setLoadingSample(false));
    return () => {
      live = false;
    };
    // Only once, at first load: the sample must never replace a file the user opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Opens the picked file and reads it at once, so a bad file is named now, not at the next button. */
  const pick = (file: File) =>
    task.run(
      'reading',
      async (options) => {
        if (!browser) return;
        browser.open({ name: file.name, data: await readFileBytes(file) });
        setFileName(file.name);
        setReading(null);
        setWorkbookProblem(null);
        try {
          await host.readGrids(options);
        } catch (err) {
          setWorkbookProblem(paneErrorOf(err, file.name));
          throw err;
        }
      },
      file.name,
    );

  const pane = useMemo<PaneState>(
    () => ({ host, engine, task, fileName, reading, setReading, columns, asOf, setAsOf }),
    [host, engine, task, fileName, reading, columns, asOf],
  );
  const panels: Record<TabKey, JSX.Element> = {
    check: <CheckTab />,
    progress: <ProgressTab />,
    consolidate: <ConsolidateTab />,
    template: <TemplateTab />,
  };

  return (
    <FluentProvider theme={webLightTheme} dir="ltr">
      <AriaLiveAnnouncer>
        <LangContext.Provider value={{ lang, setLang }}>
          <PaneContext.Provider value={pane}>
            <div className={styles.root} lang={lang}>
              <header className={styles.header}>
                <h1 className={styles.title}>{s.appTitle}</h1>
                <LanguageSwitch />
              </header>
              <main className={styles.main}>
                <ErrorBoundary strings={s}>
                  <HostNotices mode={mode} />
                  {browser ? (
                    <WorkbookPicker
                      current={fileName}
                      loadingSample={loadingSample}
                      problem={workbookProblem}
                      onPick={(file) => void pick(file)}
                    />
                  ) : null}
                  <TabList
                    className={styles.tabs}
                    selectedValue={tab}
                    onTabSelect={(_, d) => setTab(d.value as TabKey)}
                    size="small"
                  >
                    {TABS.map((t) => (
                      <Tab
                        key={t}
                        className={styles.tab}
                        value={t}
                        id={`tab-${t}`}
                        aria-controls={`panel-${t}`}
                        data-testid={`tab-${t}`}
                      >
                        {s.tabs[t]}
                      </Tab>
                    ))}
                  </TabList>
                  {TABS.map((t) => (
                    <div
                      key={t}
                      id={`panel-${t}`}
                      role="tabpanel"
                      aria-labelledby={`tab-${t}`}
                      hidden={tab !== t}
                      className={styles.panel}
                    >
                      <ErrorBoundary strings={s}>{panels[t]}</ErrorBoundary>
                    </div>
                  ))}
                  <StatusArea />
                </ErrorBoundary>
              </main>
            </div>
          </PaneContext.Provider>
        </LangContext.Provider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
