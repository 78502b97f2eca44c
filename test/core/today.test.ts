/**
 * The as-of day is the user's calendar day, not UTC's: in Hà Nội a new year starts at 17:00 UTC.
 * Jest gives tests a copy of process.env, so the zone is set on a child Node process that runs
 * the module itself (transpiled as it is, no build step).
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';
import { todayIso } from '../../src/core/period';

function todayIn(timeZone: string, utcMs: number): string {
  const source = readFileSync(join(__dirname, '../../src/core/period/today.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  const run = `const module = { exports: {} }; const exports = module.exports;\n${outputText}\nprocess.stdout.write(module.exports.todayIso(new Date(${utcMs})));`;
  return execFileSync(process.execPath, ['-e', run], { env: { ...process.env, TZ: timeZone }, encoding: 'utf8' });
}

describe('todayIso', () => {
  test('reads the local calendar of the clock it is given', () => {
    expect(todayIn('Asia/Ho_Chi_Minh', Date.UTC(2024, 11, 31, 17, 30))).toBe('2025-01-01');
    expect(todayIn('Asia/Ho_Chi_Minh', Date.UTC(2024, 11, 31, 16, 59))).toBe('2024-12-31');
    expect(todayIn('UTC', Date.UTC(2024, 11, 31, 17, 30))).toBe('2024-12-31');
  });

  test('a given clock in this zone, and no clock meaning now', () => {
    expect(todayIso(new Date(2025, 1, 28, 23, 59))).toBe('2025-02-28');
    expect(todayIso(new Date(2024, 1, 29, 0, 0))).toBe('2024-02-29');
    const before = todayIso(new Date());
    const now = todayIso();
    const after = todayIso(new Date());
    expect([before, after]).toContain(now);
  });
});
