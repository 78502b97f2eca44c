/**
 * The preview of what Tổng hợp will consolidate: for each submission its unit, period, file and
 * sheet, rows read and findings; a file that cannot be read, named with what to do; a unit listed
 * twice, flagged before it silently drops out. Each source can be removed.
 */
import { Badge, Button, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { unitKey } from '../../../core/consolidate';
import type { Finding } from '../../../core/findings/finding';
import { useLang, useStrings } from '../../i18n/LangContext';
import { describeError } from '../../state/paneError';
import type { UnitSource } from './useUnitFiles';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    gap: `2px ${tokens.spacingHorizontalS}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    ...shorthands.border('1px', 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
  },
  bad: { ...shorthands.borderColor(tokens.colorPaletteRedBorder2), backgroundColor: tokens.colorPaletteRedBackground1 },
  unit: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', margin: 0 },
  meta: {
    gridColumnStart: 1,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
    margin: 0,
  },
  error: {
    gridColumnStart: 1,
    gridColumnEnd: 3,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorPaletteRedForeground1,
    overflowWrap: 'anywhere',
    margin: 0,
  },
  remove: { gridColumnStart: 2, gridRowStart: 1, alignSelf: 'start' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, gridColumnStart: 1, gridColumnEnd: 3 },
});

export interface SubmissionListProps {
  sources: readonly UnitSource[];
  /** Findings of the last consolidation, counted per sheet once there is one. */
  findings: readonly Finding[] | null;
  workbookName: string | null;
  onRemove: (id: string) => void;
  disabled: boolean;
}

export function SubmissionList({ sources, findings, workbookName, onRemove, disabled }: SubmissionListProps) {
  const s = useStrings();
  const { lang } = useLang();
  const styles = useStyles();
  const units = new Map<string, number>();
  for (const src of sources)
    for (const sub of src.submissions) units.set(unitKey(sub.unit), (units.get(unitKey(sub.unit)) ?? 0) + 1);
  const countFor = (file: string | null, sheet: string, readTime: number) =>
    findings ? findings.filter((f) => (f.file ?? null) === file && f.sheet === sheet).length : readTime;

  return (
    <ul className={styles.list} aria-label={s.consolidate.listLabel} data-testid="submission-list">
      {sources.flatMap((src) => {
        const fileLabel = src.name ?? s.consolidate.thisWorkbook(workbookName);
        const removeButton = (label: string) => (
          <Button
            className={styles.remove}
            size="small"
            onClick={() => onRemove(src.id)}
            disabledFocusable={disabled}
            aria-label={s.consolidate.removeLabel(label)}
            data-testid="remove-source"
          >
            {s.consolidate.remove}
          </Button>
        );
        if (src.error) {
          return [
            <li
              key={src.id}
              className={`${styles.item} ${styles.bad}`}
              data-testid="source-error"
              data-file={src.name ?? ''}
            >
              <p className={styles.unit}>{fileLabel}</p>
              {removeButton(fileLabel)}
              <p className={styles.error}>{describeError(src.error.data, lang, src.error.fileName).message}</p>
            </li>,
          ];
        }
        if (src.submissions.length === 0) {
          return [
            <li
              key={src.id}
              className={`${styles.item} ${styles.bad}`}
              data-testid="source-empty"
              data-file={src.name ?? ''}
            >
              <p className={styles.unit}>{fileLabel}</p>
              {removeButton(fileLabel)}
              <p className={styles.error}>
                {src.name ? s.consolidate.noUnitSheet(src.sheets) : s.consolidate.noWorkbookSheets}
              </p>
            </li>,
          ];
        }
        return src.submissions
          .map((sub) => {
            const n = countFor(sub.file, sub.sheet, sub.findings.length);
            const rows = sub.indicators.length + (sub.tasks?.length ?? 0);
            const twice = (units.get(unitKey(sub.unit)) ?? 0) > 1;
            const name = sub.unit || s.consolidate.noUnitName;
            return (
              <li
                key={`${src.id}-${sub.sheet}`}
                className={styles.item}
                data-testid="submission"
                data-unit={sub.unit}
                data-file={src.name ?? ''}
              >
                <p className={styles.unit}>{name}</p>
                {src.submissions.length === 1 ? removeButton(`${name} (${fileLabel})`) : null}
                <p className={styles.meta}>
                  {s.consolidate.period(sub.period)} · {s.consolidate.rows(rows)}
                </p>
                <p className={styles.meta}>
                  {fileLabel} › {sub.sheet}
                </p>
                <div className={styles.badges}>
                  <Badge appearance="tint" color={n > 0 ? 'warning' : 'success'} data-testid="submission-findings">
                    {s.consolidate.findingsCount(n)}
                  </Badge>
                  {twice ? (
                    <Badge appearance="tint" color="danger" data-testid="submission-duplicate">
                      {s.consolidate.listedTwice}
                    </Badge>
                  ) : null}
                </div>
              </li>
            );
          })
          .concat(
            src.submissions.length > 1
              ? [
                  <li key={`${src.id}-remove`} className={styles.item}>
                    <p className={styles.meta}>{s.consolidate.sheetsOfFile(fileLabel, src.submissions.length)}</p>
                    {removeButton(fileLabel)}
                  </li>,
                ]
              : [],
          );
      })}
    </ul>
  );
}
