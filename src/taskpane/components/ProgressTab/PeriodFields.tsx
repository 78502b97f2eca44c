/**
 * The reporting period and the resubmission choice, beside the as-of date: a period that reads sets
 * the date to the end of its data window (the user may still change the date afterwards).
 */
import { Checkbox, Field, Input } from '@fluentui/react-components';
import { parsePeriod } from '../../../core/period';
import { useStrings } from '../../i18n/LangContext';

export interface PeriodChoice {
  period: string;
  preferLatest: boolean;
}

export function PeriodFields({
  value,
  onChange,
  onAsOf,
  testId,
}: {
  value: PeriodChoice;
  onChange: (v: PeriodChoice) => void;
  onAsOf?: (iso: string) => void;
  testId: string;
}) {
  const s = useStrings();
  // Without a year the plan year is used when consolidating; here a year is needed to move the date.
  const read = value.period.trim() ? parsePeriod(value.period, 2000) : null;
  const unread = value.period.trim() !== '' && read === null;
  return (
    <>
      <Field
        label={s.progress.period}
        hint={unread ? undefined : s.progress.periodHint}
        validationState={unread ? 'warning' : 'none'}
        validationMessage={unread ? s.progress.periodUnread : undefined}
      >
        <Input
          value={value.period}
          placeholder="Quý I/2025"
          data-testid={`${testId}-period`}
          onChange={(_, d) => {
            onChange({ ...value, period: d.value });
            const p = parsePeriod(d.value);
            if (p && onAsOf) onAsOf(p.to);
          }}
        />
      </Field>
      <Checkbox
        label={s.progress.preferLatest}
        checked={value.preferLatest}
        data-testid={`${testId}-prefer-latest`}
        onChange={(_, d) => onChange({ ...value, preferLatest: d.checked === true })}
      />
    </>
  );
}
