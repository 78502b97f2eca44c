/** Units down, indicators across: each unit's rate, coloured by met / not met / not applicable. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ConsolidationResult } from '../../../core/consolidate';
import { formatPercent } from '../../../core/i18n/format';
import { useLang, useStrings } from '../../i18n/LangContext';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  th: { textAlign: 'start', padding: '2px 6px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, whiteSpace: 'nowrap', position: 'sticky', insetInlineStart: 0, backgroundColor: tokens.colorNeutralBackground1 },
  td: { padding: '2px 6px', textAlign: 'end', whiteSpace: 'nowrap', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  met: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  notMet: { backgroundColor: tokens.colorPaletteRedBackground2 },
  na: { color: tokens.colorNeutralForeground3 },
});

export function UnitMatrix({ result }: { result: ConsolidationResult }) {
  const { lang } = useLang();
  const s = useStrings();
  const styles = useStyles();
  const units = [...new Set(result.indicators.flatMap((i) => i.perUnit.map((u) => u.unit)))];
  if (units.length === 0) return null;
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={s.progress.matrix}>
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
          {units.map((unit) => (
            <tr key={unit}>
              <th className={styles.th} scope="row">
                {unit}
              </th>
              {result.indicators.map((i) => {
                const u = i.perUnit.find((p) => p.unit === unit);
                if (!u || u.state === 'absent') return <td key={i.id} className={styles.td} />;
                if (u.state === 'not-applicable')
                  return (
                    <td key={i.id} className={`${styles.td} ${styles.na}`} title={s.progress.notApplicable}>
                      N/A
                    </td>
                  );
                const cls = u.met === true ? styles.met : u.met === false ? styles.notMet : styles.na;
                return (
                  <td key={i.id} className={`${styles.td} ${cls}`} title={u.met === null ? undefined : u.met ? s.progress.met : s.progress.notMet}>
                    {u.rate === null ? '—' : formatPercent(u.rate, lang, 1)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
