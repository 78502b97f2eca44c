/**
 * "Đã hiểu bảng như sau": for every table read, its header rows and which column holds which role,
 * each changeable from a list of the sheet's columns. A change is handed up at once (the check
 * reruns with it); the engine's reading always comes from core, never from this component.
 */
import { Button, Caption1, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import type { PlanReading } from '../../../core/readPlan';
import type { ColumnOverride } from '../../../core/locate/overrides';
import type { PlanRole } from '../../../core/locate/vocabulary';
import { useStrings } from '../../i18n/LangContext';
import { rolesFor, withChoice } from './editOverrides';

const NONE = '-';

const useStyles = makeStyles({
  section: { marginBlock: tokens.spacingVerticalM },
  title: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    marginBlock: tokens.spacingVerticalS,
  },
  table: {
    marginBlock: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
  },
  roles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(14em, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  dropdown: { minWidth: 0, width: '100%' },
});

export interface TableMappingProps {
  reading: PlanReading;
  overrides: readonly ColumnOverride[];
  persisted: boolean;
  disabled?: boolean;
  onChange: (next: ColumnOverride[]) => void;
}

export function TableMapping({ reading, overrides, persisted, disabled, onChange }: TableMappingProps) {
  const s = useStrings();
  const styles = useStyles();
  if (reading.tables.length === 0) return null;
  return (
    <section className={styles.section} aria-label={s.mapping.title} data-testid="table-mapping">
      <h2 className={styles.title}>{s.mapping.title}</h2>
      <Caption1>{s.mapping.intro}</Caption1>
      {reading.tables.map((t) => {
        const ref = { sheet: t.sheet, headerRow: t.headerRow };
        const label = (col: string) => s.mapping.option(col, t.span.find((x) => x.column === col)?.header ?? '');
        return (
          <div
            key={`${t.sheet}!${t.headerRow}`}
            className={styles.table}
            data-testid={`mapping-${t.sheet}-${t.headerRow}`}
          >
            <p>{s.mapping.table(t.kind, t.sheet, t.headerRow, t.headerRows)}</p>
            <div className={styles.roles}>
              {rolesFor(t.kind).map((role: PlanRole) => {
                const current = t.mapping.find((m) => m.role === role);
                const value = current ? current.column : NONE;
                const text = current ? label(current.column) : s.mapping.none;
                return (
                  <Field
                    key={role}
                    label={s.mapping.roles[role] ?? role}
                    hint={current?.overridden ? s.mapping.changed : undefined}
                  >
                    <Dropdown
                      className={styles.dropdown}
                      value={text}
                      selectedOptions={[value]}
                      disabled={disabled}
                      data-testid={`mapping-${role}`}
                      onOptionSelect={(_e, data) => {
                        const picked = data.optionValue ?? NONE;
                        if (picked === value) return;
                        onChange(withChoice(overrides, ref, role, picked === NONE ? null : picked));
                      }}
                    >
                      <Option value={NONE} text={s.mapping.none}>
                        {s.mapping.none}
                      </Option>
                      {t.span.map((c) => (
                        <Option key={c.column} value={c.column} text={label(c.column)}>
                          {label(c.column)}
                        </Option>
                      ))}
                    </Dropdown>
                  </Field>
                );
              })}
            </div>
          </div>
        );
      })}
      <Caption1>{persisted ? s.mapping.keptInWorkbook : s.mapping.keptForSession}</Caption1>
      {overrides.length > 0 ? (
        <div>
          <Button appearance="subtle" disabled={disabled} onClick={() => onChange([])} data-testid="mapping-reset">
            {s.mapping.reset}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
