import { parseDayMonthYear } from '../../src/core/parse/dates';
import { formatDayMonthYear, isoToLocalDate, localDateToIso } from '../../src/taskpane/format/dates';

describe('the pane’s dd/MM/yyyy dates', () => {
  it('reads what users type', () => {
    expect(parseDayMonthYear('30/09/2024')).toBe('2024-09-30');
    expect(parseDayMonthYear(' 1/2/2025 ')).toBe('2025-02-01');
    expect(parseDayMonthYear('30-9-2024')).toBe('2024-09-30');
    expect(parseDayMonthYear('30.09.2024')).toBe('2024-09-30');
    // The digits alone, as typed without separators: never year 92024.
    expect(parseDayMonthYear('30092024')).toBe('2024-09-30');
  });
  it('refuses what is no date, instead of guessing', () => {
    for (const bad of [
      '',
      '31/02/2024',
      '30/13/2024',
      '2024-09-30',
      '09/30/2024',
      '3009202',
      '300920245',
      '30/09/24',
      '30/09/1800',
      'hôm nay',
      '30/09/2024x',
    ]) {
      expect([bad, parseDayMonthYear(bad)]).toEqual([bad, null]);
    }
  });
  it('formats and round-trips through a local Date without shifting the day', () => {
    for (const iso of ['2024-01-01', '2024-02-29', '2024-09-30', '2024-12-31']) {
      const d = isoToLocalDate(iso);
      expect(localDateToIso(d)).toBe(iso);
      expect(parseDayMonthYear(formatDayMonthYear(d))).toBe(iso);
    }
    expect(formatDayMonthYear(isoToLocalDate('2024-09-03'))).toBe('03/09/2024');
  });
});
