/**
 * One finding: its place (the unit's file first, when it is about one), its message, and its code
 * as small secondary text that screen readers skip (the message already says it in words).
 * Activating it (click, Enter, Space) selects its cell in Excel, or shows the rows around it.
 * Cell text arrives through React's escaping only, never as HTML.
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
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    marginBottom: '2px',
  },
  place: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  file: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
    marginInlineStart: 'auto',
  },
  message: { display: 'block', fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
});

const COLORS = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingItemProps {
  item: ShownFinding;
  onSelect: (item: ShownFinding) => void;
  /** Inside Excel a click selects the cell; elsewhere it shows the rows around it. */
  selects: boolean;
  expanded: boolean;
}

export function FindingItem({ item, onSelect, selects, expanded }: FindingItemProps) {
  const s = useStrings();
  const styles = useStyles();
  const f = item.finding;
  const actionable = !!f.sheet && f.row !== null;
  // A unit's file is not in the open workbook: its rows are shown, even inside Excel.
  const selectsHere = selects && !f.file;
  return (
    <button
      type="button"
      className={styles.button}
      data-testid="finding"
      data-code={f.code}
      data-cell={f.cell ?? ''}
      data-sheet={f.sheet ?? ''}
      data-file={f.file ?? ''}
      data-severity={f.severity}
      aria-expanded={actionable && !selectsHere ? expanded : undefined}
      title={
        actionable && item.place ? (selectsHere ? s.check.goTo(item.place) : s.check.showRows(item.place)) : undefined
      }
      onClick={() => onSelect(item)}
    >
      <span className={styles.head}>
        <Badge size="small" appearance="filled" color={COLORS[f.severity]}>
          {s.check.severity[f.severity]}
        </Badge>
        {f.file ? <span className={styles.file}>{f.file} ›</span> : null}
        {item.place ? <span className={styles.place}>{item.place}</span> : null}
        <span className={styles.code} aria-hidden="true">
          {f.code}
        </span>
      </span>
      <span className={styles.message}>{item.message}</span>
    </button>
  );
}
