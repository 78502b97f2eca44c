/**
 * One finding: its place, code and message. Activating it (click, Enter, Space) selects its cell
 * in the workbook. Cell text arrives through React's escaping only, never as HTML.
 */
import { Badge, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { useStrings } from '../../i18n/LangContext';
import type { ShownFinding } from './useFindingFilter';

const useStyles = makeStyles({
  button: {
    display: 'block',
    width: '100%',
    textAlign: 'start',
    cursor: 'pointer',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    font: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center', marginBottom: '2px' },
  place: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  message: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
});

const COLORS = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export function FindingItem({ item, onSelect }: { item: ShownFinding; onSelect: (item: ShownFinding) => void }) {
  const s = useStrings();
  const styles = useStyles();
  const f = item.finding;
  return (
    <button
      type="button"
      className={styles.button}
      data-testid="finding"
      data-code={f.code}
      data-cell={f.cell ?? ''}
      data-sheet={f.sheet ?? ''}
      data-severity={f.severity}
      title={item.place ? s.check.goTo(item.place) : undefined}
      onClick={() => onSelect(item)}
    >
      <span className={styles.head}>
        <Badge size="small" appearance="filled" color={COLORS[f.severity]}>
          {s.check.severity[f.severity]}
        </Badge>
        {item.place ? <span className={styles.place}>{item.place}</span> : null}
        <span className={styles.code}>{f.code}</span>
      </span>
      <span className={styles.message}>{item.message}</span>
    </button>
  );
}
