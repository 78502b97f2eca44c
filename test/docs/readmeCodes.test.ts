/**
 * The README's code tables are what scripts/codeTables.ts makes of the code lists in core: a code
 * added, dropped or given another severity without `npm run docs:codes` fails here
 * (UPDATE_README_CODES=1 rewrites the tables, which is what that script does).
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { codeRows, MARKERS, withCodeTables } from '../../scripts/codeTables';
import { CHECK_CODES } from '../../src/core/checks/codes';
import { CONSOLIDATION_CODES } from '../../src/core/consolidate/codes';
import { ENCODING_CODES } from '../../src/core/encoding/codes';
import { makeFinding } from '../../src/core/findings/finding';
import { MESSAGES } from '../../src/core/findings/registry';
import { renderMessage } from '../../src/core/findings/render';

const README = join(__dirname, '../../README.md');

/** `code → severity` as the README's table between two markers states it. */
function tableInReadme(readme: string, marker: { start: string; end: string }): Record<string, string> {
  const body = readme.slice(readme.indexOf(marker.start) + marker.start.length, readme.indexOf(marker.end));
  const out: Record<string, string> = {};
  for (const m of body.matchAll(/^\| `([a-z-]+)` \| (\w+) \|/gm)) out[m[1]] = m[2];
  return out;
}

describe('README check codes', () => {
  test('the tables are generated from the code lists', () => {
    const generated = withCodeTables(readFileSync(README, 'utf8'));
    if (process.env.UPDATE_README_CODES) writeFileSync(README, generated);
    expect(readFileSync(README, 'utf8')).toBe(generated);
  });

  test('every code the checks and consolidation emit is in its table, with its severity', () => {
    const readme = readFileSync(README, 'utf8');
    expect(tableInReadme(readme, MARKERS.check)).toEqual({ ...CHECK_CODES, ...ENCODING_CODES });
    expect(tableInReadme(readme, MARKERS.consolidation)).toEqual({ ...CONSOLIDATION_CODES });
  });

  test('the two tables together list every code that has a message, once', () => {
    const readme = readFileSync(README, 'utf8');
    const listed = [
      ...Object.keys(tableInReadme(readme, MARKERS.check)),
      ...Object.keys(tableInReadme(readme, MARKERS.consolidation)),
    ];
    expect([...listed].sort()).toEqual(Object.keys(MESSAGES).sort());
  });

  test('every code documented has a message in Vietnamese and English', () => {
    const { check, consolidation } = codeRows();
    for (const { code, severity } of [...check, ...consolidation]) {
      const f = makeFinding(code, severity, { sheet: 'Phụ lục 2', row: 5, column: 'C' }, 'x', {});
      for (const lang of ['vi', 'en'] as const)
        expect([code, lang, renderMessage(f, lang).startsWith(code)]).toEqual([code, lang, false]);
    }
  });
});
