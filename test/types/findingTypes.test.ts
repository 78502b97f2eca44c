/**
 * The finding types catch mistakes at compile time: `tsc --noEmit` (run by `npm test`) checks this
 * file, and each `@ts-expect-error` below fails the build with "Unused '@ts-expect-error'
 * directive" the day the line under it compiles, i.e. the day the types stop catching that
 * mistake. The functions holding the mistakes are never called; the tests at the end run the
 * lines that must compile.
 */
import { makeFinding, type Code, type Finding } from '../../src/core/findings/finding';
import type { MessageCatalog } from '../../src/core/findings/catalog';
import { finding } from '../../src/core/checks/context';
import { checkMessages } from '../../src/core/checks/messages';
import { consolidationMessages } from '../../src/core/consolidate/messages';
import { renderMessage } from '../../src/core/findings/render';

const words = { vi: () => 'x', en: () => 'x' };

/** Making a finding: the code must exist, and its params must be exactly its own. */
export function wrongParams(): Finding[] {
  return [
    // @ts-expect-error: no such code
    makeFinding('missing-leed', 'error', {}, null, { number: '1' }),
    // @ts-expect-error: a mistyped param name (`numbr` for `number`)
    makeFinding('missing-lead', 'error', {}, null, { numbr: '1' }),
    // @ts-expect-error: a param of the wrong type (`number` is the row's number as text)
    makeFinding('missing-lead', 'error', {}, null, { number: 1 }),
    // @ts-expect-error: a required param left out (`countedRows`)
    makeFinding('totals-mismatch', 'error', {}, null, {
      statedGroups: 7,
      countedGroups: 6,
      statedRows: null,
      table: 'tasks',
    }),
    // @ts-expect-error: the params left out altogether, for a code that has some
    makeFinding('missing-lead', 'error', {}, null),
    // @ts-expect-error: a param given to a code that has none
    makeFinding('table-not-found', 'error', {}, null, { table: 'tasks' }),
    // @ts-expect-error: a param of another code (`unit` is consolidation's)
    finding('missing-lead', {}, null, { number: '1', unit: 'UBND Phường 1' }),
    // @ts-expect-error: a value outside the param's union (`lagging-year` kinds)
    finding('lagging-year', {}, null, { code: '1.9', year: 2022, planYear: 2024, kind: 'deliverable' }),
    // @ts-expect-error: a consolidation code made through the checks' helper
    finding('missing-submission', {}, null, { unit: 'UBND Phường 1' }),
  ];
}

/** A catalogue: every code of its type has a message in every language, and reads only its params. */
// @ts-expect-error: 'missing-text' has no message
export const missingMessage: MessageCatalog<'missing-lead' | 'missing-text'> = {
  'missing-lead': words,
};

export const missingLanguage: MessageCatalog<'missing-lead'> = {
  // @ts-expect-error: no English message
  'missing-lead': { vi: () => 'x' },
};

export const unknownCode: MessageCatalog<'missing-lead'> = {
  'missing-lead': words,
  // @ts-expect-error: a message for a code the catalogue's type does not have
  'missing-leed': words,
};

export const wrongParamInMessage: MessageCatalog<'totals-mismatch' | 'missing-lead'> = {
  'totals-mismatch': {
    // @ts-expect-error: a mistyped param (`countedGroup` for `countedGroups`)
    vi: (f) => `${f.params.countedGroup}`,
    en: (f) => `${f.params.countedGroups}`,
  },
  'missing-lead': {
    // @ts-expect-error: a param of another code (`missing-lead` has no `unit`)
    vi: (f) => `${f.params.unit}`,
    en: (f) => f.params.number,
  },
};

/** The real catalogues are typed by their codes: one feature's cannot stand in for all of them. */
// @ts-expect-error: the checks' messages lack every consolidation code (and more)
export const notAllCodes: MessageCatalog<Code> = { ...checkMessages };

/** Reading a finding of any code: narrowing on `code` gives that code's params. */
export function reading(f: Finding): string {
  // @ts-expect-error: a name no code has, even before narrowing
  void f.params.countedGroup;
  if (f.code === 'totals-mismatch') {
    const counted: number = f.params.countedGroups;
    // @ts-expect-error: narrowed to totals-mismatch, `countedGroups` is a number, not text
    const text: string = f.params.countedGroups;
    return `${counted} ${text}`;
  }
  // Before narrowing, another code's param reads as what it may be: absent.
  const unit: string | null | undefined = f.params.unit;
  return unit ?? '';
}

describe('finding types', () => {
  it('the lines that must compile render as before', () => {
    const totals = finding('totals-mismatch', { sheet: 'PL2', row: 40, column: 'A' }, 'Tổng cộng: 07 lĩnh vực', {
      statedGroups: 7,
      countedGroups: 6,
      statedRows: null,
      countedRows: 30,
      table: 'tasks',
    });
    expect(reading(totals)).toBe('6 6');
    const absent = makeFinding('missing-submission', 'warning', {}, 'UBND Phường 1', { unit: 'UBND Phường 1' });
    expect(reading(absent)).toBe('UBND Phường 1');
    expect(reading(finding('table-not-found', {}))).toBe('');
    expect(renderMessage(absent, 'vi')).toBe(consolidationMessages['missing-submission'].vi(absent));
  });
});
