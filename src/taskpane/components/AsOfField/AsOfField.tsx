/**
 * The "as of" date Tiến độ and Tổng hợp share: Fluent's DatePicker, typed or picked, shown and
 * read as dd/MM/yyyy with the month and day names of the pane's language. A date that cannot be
 * read keeps the last good one and says so in the Field's validation message; an empty field is
 * no date at all (the actions then refuse), never silently today.
 */
import { Field, Input } from '@fluentui/react-components';
import type { DatePickerProps, DatePickerValidationResultData } from '@fluentui/react-datepicker-compat';
import { Suspense, lazy, useState } from 'react';
import { parseDayMonthYear } from '../../../core/parse/dates';
import { formatDayMonthYear, isoToLocalDate, localDateToIso } from '../../format/dates';
import { useLang, useStrings } from '../../i18n/LangContext';
import { usePane } from '../../state/PaneContext';

/** Loaded when a date field first shows: the calendar is not part of the pane's first screen. */
const DatePicker = lazy(() =>
  import(/* webpackChunkName: "datepicker" */ '@fluentui/react-datepicker-compat').then((m) => ({
    default: m.DatePicker,
  })),
);

type FirstDay = NonNullable<DatePickerProps['firstDayOfWeek']>;
/** DayOfWeek.Monday (its enum lives in a package the pane does not depend on directly). */
const MONDAY = 1 as FirstDay;
const SUNDAY = 0 as FirstDay;

export function AsOfField({ testId }: { testId: string }) {
  const { asOf, setAsOf } = usePane();
  const { lang } = useLang();
  const s = useStrings();
  const [problem, setProblem] = useState<DatePickerValidationResultData['error'] | null>(null);
  const message =
    problem === 'invalid-input'
      ? s.date.invalid
      : problem === 'required-input' || (asOf === null && problem !== null)
        ? s.date.required
        : undefined;
  return (
    <Field
      label={s.date.label}
      hint={s.date.hint}
      required
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
    >
      <Suspense fallback={<Input readOnly value={asOf ? formatDayMonthYear(isoToLocalDate(asOf)) : ''} />}>
        <DatePicker
          allowTextInput
          value={asOf ? isoToLocalDate(asOf) : null}
          onSelectDate={(d) => {
            setAsOf(d ? localDateToIso(d) : null);
            if (d) setProblem(null);
          }}
          onValidationResult={(r) => setProblem(r.error ?? null)}
          formatDate={(d) => (d ? formatDayMonthYear(d) : '')}
          parseDateFromString={(text) => {
            const iso = parseDayMonthYear(text);
            return iso ? isoToLocalDate(iso) : null;
          }}
          placeholder={s.date.placeholder}
          strings={s.date.calendar}
          dateTimeFormatter={s.date.formatter}
          firstDayOfWeek={lang === 'vi' ? MONDAY : SUNDAY}
          showGoToToday
          data-testid={testId}
        />
      </Suspense>
    </Field>
  );
}
