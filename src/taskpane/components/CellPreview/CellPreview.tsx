/**
 * Outside Excel (or for a unit's file, which is not in the open workbook) a finding cannot select
 * its cell: the rows around it are shown instead, the cell marked, as a small read-only table.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { CellWindow } from '../../format/cellWindow';
import { useStrings } from '../../i18n/LangContext';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%', marginBlock: tokens.spacingVerticalXS },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  th: {
    padding: '2px 4px',
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  td: {
    padding: '2px 4px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    maxWidth: '10em',
    overflowWrap: 'anywhere',
    verticalAlign: 'top',
  },
  targetRow: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  target: {
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: '-2px',
    fontWeight: tokens.fontWeightSemibold,
  },
  caption: {
    textAlign: 'start',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    paddingBlockEnd: '2px',
  },
});

export function CellPreview({ window: w, file }: { window: CellWindow | null; file: string | null }) {
  const s = useStrings();
  const styles = useStyles();
  if (!w) return <p data-testid="cell-preview-none">{s.check.previewNone}</p>;
  return (
    <div
      className={styles.scroll}
      data-testid="cell-preview"
      tabIndex={0}
      role="region"
      aria-label={s.check.previewLabel(file, w.sheet)}
    >
      <table className={styles.table}>
        <caption className={styles.caption}>{s.check.previewLabel(file, w.sheet)}</caption>
        <thead>
          <tr>
            <th className={styles.th} scope="col">
              <span className={styles.caption}>{s.check.previewRow}</span>
            </th>
            {w.columns.map((c) => (
              <th key={c} className={styles.th} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {w.rows.map((r) => (
            <tr key={r.row} className={r.row === w.target.row ? styles.targetRow : undefined}>
              <th className={styles.th} scope="row">
                {r.row}
              </th>
              {r.cells.map((v, i) => {
                const hit = r.row === w.target.row && w.columns[i] === w.target.column;
                return (
                  <td
                    key={w.columns[i]}
                    className={`${styles.td} ${hit ? styles.target : ''}`}
                    data-target={hit ? 'true' : undefined}
                  >
                    {v}
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
