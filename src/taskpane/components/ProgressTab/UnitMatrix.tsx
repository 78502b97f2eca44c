/**
 * Units × indicators, each unit's rate coloured by met / not met / not applicable. A province's
 * matrix is far wider than a 320 px pane, so it has three views: one unit's indicators, one
 * indicator's units (both a two-column list that fits any width), and the whole table, which
 * scrolls sideways inside its own region (keyboard reachable) and says so. The narrow views are
 * the default while the pane is narrow.
 */
import { Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { ConsolidationResult, IndicatorResult, PerUnitResult } from '../../../core/consolidate';
import { formatPercent } from '../../../core/i18n/format';
import type { Lang } from '../../../core/i18n/lang';
import { useLang, useStrings } from '../../i18n/LangContext';
import type { Strings } from '../../i18n/strings';

const useStyles = makeStyles({
  controls: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBlockEnd: tokens.spacingVerticalS,
  },
  pick: { display: 'flex', flexDirection: 'column', gap: '2px', maxWidth: '100%' },
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  hint: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  list: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%' },
  th: {
    textAlign: 'start',
    padding: '2px 6px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: 'nowrap',
    position: 'sticky',
    insetInlineStart: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  rowHead: {
    textAlign: 'start',
    padding: '2px 6px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: 'anywhere',
  },
  td: {
    padding: '2px 6px',
    textAlign: 'end',
    whiteSpace: 'nowrap',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  met: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  notMet: { backgroundColor: tokens.colorPaletteRedBackground2 },
  na: { color: tokens.colorNeutralForeground2 },
});

type View = 'unit' | 'indicator' | 'table';

const NARROW = '(max-width: 600px)';

/** Whether the pane is narrow now; follows the pane as it is resized. */
function useNarrow(): boolean {
  const query =
    typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(NARROW) : null;
  const [narrow, setNarrow] = useState(() => query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener?.('change', update);
    return () => query.removeEventListener?.('change', update);
    // Subscribed once: matchMedia gives a new object each render for the same, fixed NARROW query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return narrow;
}

/** A unit's figure for one indicator, as text and the class that colours it. */
/** One row of a narrow view: what the row is (an indicator or a unit), then its rate cell. */
function RateRow({
  head,
  c,
  styles,
}: {
  head: string;
  c: ReturnType<typeof cell>;
  styles: ReturnType<typeof useStyles>;
}) {
  return (
    <tr>
      <th className={styles.rowHead} scope="row">
        {head}
      </th>
      <td className={`${styles.td} ${c.cls}`} title={c.title}>
        {c.text}
      </td>
    </tr>
  );
}

function cell(
  u: PerUnitResult | undefined,
  s: Strings,
  lang: Lang,
  styles: ReturnType<typeof useStyles>,
): { text: string; cls: string; title?: string } {
  if (!u || u.state === 'absent') return { text: '', cls: '' };
  if (u.state === 'not-applicable')
    return { text: s.progress.notApplicableShort, cls: styles.na, title: s.progress.notApplicable };
  if (u.state === 'invalid') return { text: s.progress.invalidShort, cls: styles.notMet, title: s.progress.invalid };
  if (u.state === 'duplicate') return { text: s.progress.duplicateShort, cls: styles.na, title: s.progress.duplicate };
  const text = u.rate === null ? '—' : formatPercent(u.rate, lang, 1);
  if (u.met === null) return { text, cls: styles.na };
  return {
    text: `${text} ${u.met ? s.progress.metMark : s.progress.notMetMark}`,
    cls: u.met ? styles.met : styles.notMet,
    title: u.met ? s.progress.met : s.progress.notMet,
  };
}

export function UnitMatrix({ result }: { result: ConsolidationResult }) {
  const { lang } = useLang();
  const s = useStrings();
  const styles = useStyles();
  const viewLabel = useId('matrix-view');
  const pickId = useId('matrix-pick');
  const hintId = useId('matrix-hint');
  const units = useMemo(() => [...new Set(result.indicators.flatMap((i) => i.perUnit.map((u) => u.unit)))], [result]);
  const narrow = useNarrow();
  // The user's choice wins; until they make one, the view follows the pane's width.
  const [chosen, setView] = useState<View | null>(null);
  const view: View = chosen ?? (narrow ? 'unit' : 'table');
  const [unit, setUnit] = useState(0);
  const [indicator, setIndicator] = useState(0);
  if (units.length === 0) return null;
  const byUnit = (i: IndicatorResult, name: string) => i.perUnit.find((p) => p.unit === name);

  return (
    <div data-testid="matrix-views">
      <div className={styles.controls}>
        <div className={styles.pick}>
          <label htmlFor={viewLabel}>{s.progress.matrixView}</label>
          <Select id={viewLabel} value={view} onChange={(_, d) => setView(d.value as View)} data-testid="matrix-view">
            <option value="unit">{s.progress.byUnit}</option>
            <option value="indicator">{s.progress.byIndicator}</option>
            <option value="table">{s.progress.asTable}</option>
          </Select>
        </div>
        {view !== 'table' ? (
          <div className={styles.pick}>
            <label htmlFor={pickId}>{view === 'unit' ? s.progress.unit : s.progress.indicator}</label>
            {view === 'unit' ? (
              <Select
                id={pickId}
                value={String(Math.min(unit, units.length - 1))}
                onChange={(_, d) => setUnit(Number(d.value))}
                data-testid="matrix-unit"
              >
                {units.map((u, i) => (
                  <option key={u} value={String(i)}>
                    {u}
                  </option>
                ))}
              </Select>
            ) : (
              <Select
                id={pickId}
                value={String(Math.min(indicator, result.indicators.length - 1))}
                onChange={(_, d) => setIndicator(Number(d.value))}
                data-testid="matrix-indicator"
              >
                {result.indicators.map((i, k) => (
                  <option key={i.id} value={String(k)}>
                    {s.progress.indicatorId(i.id)}
                  </option>
                ))}
              </Select>
            )}
          </div>
        ) : null}
      </div>
      {view === 'unit' ? (
        <table className={styles.list} data-testid="matrix-list">
          <thead>
            <tr>
              <th className={styles.th} scope="col">
                {s.progress.indicator}
              </th>
              <th className={styles.th} scope="col">
                {s.progress.rate}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.indicators.map((i) => (
              <RateRow
                key={i.id}
                head={s.progress.indicatorId(i.id)}
                c={cell(byUnit(i, units[Math.min(unit, units.length - 1)]), s, lang, styles)}
                styles={styles}
              />
            ))}
          </tbody>
        </table>
      ) : view === 'indicator' ? (
        <table className={styles.list} data-testid="matrix-list">
          <thead>
            <tr>
              <th className={styles.th} scope="col">
                {s.progress.unit}
              </th>
              <th className={styles.th} scope="col">
                {s.progress.rate}
              </th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <RateRow
                key={u}
                head={u}
                c={cell(
                  byUnit(result.indicators[Math.min(indicator, result.indicators.length - 1)], u),
                  s,
                  lang,
                  styles,
                )}
                styles={styles}
              />
            ))}
          </tbody>
        </table>
      ) : (
        <>
          <p id={hintId} className={styles.hint}>
            {s.progress.scrollHint}
          </p>
          <div
            className={styles.scroll}
            tabIndex={0}
            role="region"
            aria-label={s.progress.matrix}
            aria-describedby={hintId}
          >
            <table className={styles.table} data-testid="matrix">
              <thead>
                <tr>
                  <th className={styles.th} scope="col">
                    {s.progress.unit}
                  </th>
                  {result.indicators.map((i) => (
                    <th key={i.id} className={styles.th} scope="col">
                      {i.id}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {units.map((u) => (
                  <tr key={u}>
                    <th className={styles.th} scope="row">
                      {u}
                    </th>
                    {result.indicators.map((i) => {
                      const c = cell(byUnit(i, u), s, lang, styles);
                      return (
                        <td key={i.id} className={`${styles.td} ${c.cls}`} title={c.title}>
                          {c.text}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
