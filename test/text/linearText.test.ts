/**
 * stripHtml and findPercentages run over untrusted cell text: they must stay linear on long cells
 * (a 32,000-character cell of unclosed `<br` or of percentages) and read exactly as before. The
 * references below are the former implementations (regular expressions that backtrack, a search
 * back to the start of the text for every percentage); random texts over the characters that
 * matter must read the same through both. No duration is asserted.
 */
import fc from 'fast-check';
import { decode } from 'html-entities';
import { findPercentages } from '../../src/core/parse/percentages';
import type { Comparator } from '../../src/core/schema';
import { cleanChars, foldKey, stripHtml } from '../../src/core/text/normalize';

function stripHtmlReference(s: string): string {
  if (!s.includes('<') && !s.includes('&')) return s;
  let out = s;
  if (out.includes('<')) {
    out = out
      .replace(/<\s*(br|\/p|\/li|\/div|\/tr)\b[^>]*>/gi, '\n')
      .replace(/<\s*li\b[^>]*>/gi, '\n- ')
      .replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  }
  return decode(out);
}

const markup = fc.stringMatching(/^(<|>|\/|br|BR|li|Li|p|div|tr|a|b|r|x|_|1| |\u00a0|\n|&amp;|&)*$/);

describe('stripHtml', () => {
  it('reads as the regular expressions did', () => {
    fc.assert(
      fc.property(markup, (s) => stripHtml(s) === stripHtmlReference(s)),
      { numRuns: 3000, seed: 42 },
    );
  });

  it('examples: line breaks, list items, unclosed tags', () => {
    for (const s of [
      'a<br>b',
      'a<BR/>b',
      '< br >x',
      '<li>một<li>hai',
      '</p>x</P>',
      '<bra>x',
      '<br<br<br>',
      'a<br',
      '<b>đậm</b> &amp; x',
      '</pre>',
    ]) {
      expect(stripHtml(s)).toBe(stripHtmlReference(s));
    }
  });

  it('handles 32,000 characters of unclosed <br and <li', () => {
    expect(stripHtml('<br'.repeat(11_000))).toBe('<br'.repeat(11_000));
    expect(stripHtml(`${'<br'.repeat(11_000)}>`)).toBe('\n');
    expect(stripHtml(`${'<li'.repeat(10_000)}>`)).toBe('\n- ');
  });
});

/** The former findPercentages, whole (from git history), with its search back to the text's start. */
const BEFORE: readonly [string, Comparator][] = [
  ['khong duoi', '>='],
  ['khong thap hon', '>='],
  ['khong it hon', '>='],
  ['khong vuot qua', '<='],
  ['khong qua', '<='],
  ['khong cao hon', '<='],
  ['toi da', '<='],
  ['nho hon hoac bang', '<='],
  ['lon hon hoac bang', '>='],
  ['toi thieu', '>='],
  ['it nhat', '>='],
  ['tren', '>'],
  ['cao hon', '>'],
  ['lon hon', '>'],
  ['vuot', '>'],
  ['duoi', '<'],
  ['thap hon', '<'],
  ['nho hon', '<'],
  ['tu', '>='],
  ['dat', '>='],
  ['phan dau', '>='],
];
const AFTER: readonly [string, Comparator][] = [
  ['tro len', '>='],
  ['tro xuong', '<='],
];

function directionBefore(w: string): Comparator | null {
  const text = ` ${w.split(' ').filter(Boolean).slice(-6).join(' ')} `;
  let best: { end: number; len: number; cmp: Comparator } | null = null;
  for (const [kw, cmp] of BEFORE) {
    const at = text.lastIndexOf(` ${kw} `);
    if (at < 0) continue;
    const end = at + kw.length;
    if (!best || end > best.end || (end === best.end && kw.length > best.len)) best = { end, len: kw.length, cmp };
  }
  return best ? best.cmp : null;
}

function directionAfter(a: string): Comparator | null {
  const head = ` ${a.split(' ').filter(Boolean).slice(0, 3).join(' ')} `;
  for (const [kw, cmp] of AFTER) if (head.includes(` ${kw} `)) return cmp;
  return null;
}

function percentagesReference(input: string): [number, Comparator, number][] {
  const text = stripHtml(cleanChars(input));
  const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/g;
  const out: [number, Comparator, number][] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(PERCENT)) {
    const index = m.index ?? 0;
    if (index > 0 && /[\d.,]/.test(text[index - 1])) continue;
    const value = Number(m[1].replace(',', '.'));
    if (!Number.isFinite(value) || value > 100) continue;
    let start = prevEnd;
    const sentence = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf(';', index - 1));
    if (sentence >= start && !/\d/.test(text[sentence + 1] ?? '')) start = sentence + 1;
    const end = index + m[0].length;
    const cmp =
      directionAfter(foldKey(text.slice(end, end + 40))) ?? directionBefore(foldKey(text.slice(start, index))) ?? '>=';
    out.push([value, cmp, index]);
    prevEnd = end;
  }
  return out;
}

describe('findPercentages', () => {
  const text = fc.stringMatching(/^(1|85|,5|\.|;| |%|trên |dưới |tối thiểu |trở lên|a)*$/);

  it('finds the same literals with the same directions as before', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(findPercentages(s).map((p) => [p.value, p.comparator, p.index])).toEqual(percentagesReference(s));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('reads directions within their clause', () => {
    expect(findPercentages('Tỷ lệ trên 80%. Đạt 90%; dưới 5%').map((p) => p.comparator)).toEqual(['>', '>=', '<']);
    expect(findPercentages('không quá 5%, 1.5% trở lên').map((p) => [p.value, p.comparator])).toEqual([
      [5, '<='],
      [1.5, '>='],
    ]);
  });

  it('reads a 32,000-character cell of percentages', () => {
    const found = findPercentages('tối thiểu 85% '.repeat(2300));
    expect(found).toHaveLength(2300);
    expect(found.every((p) => p.value === 85 && p.comparator === '>=')).toBe(true);
  });
});
