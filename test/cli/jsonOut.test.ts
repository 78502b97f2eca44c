/** writeJson writes, in pieces, exactly the text JSON.stringify(value, null, 2) gives. */
import fc from 'fast-check';
import { writeJson } from '../../src/cli/jsonOut';

function written(value: unknown): { text: string | undefined; pieces: number } {
  const pieces: string[] = [];
  writeJson(value, (p) => pieces.push(p));
  return { text: pieces.length ? pieces.join('') : undefined, pieces: pieces.length };
}

test('any JSON-like value, nested, with what JSON leaves out or turns into null', () => {
  const odd = fc.constantFrom(
    undefined,
    () => 1,
    Symbol('s'),
    new Date(Date.UTC(2024, 11, 31)),
    new Map([[1, 2]]),
    Number.NaN,
    -0,
    Infinity,
  );
  const value = fc.letrec((tie) => ({
    any: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), odd, tie('arr'), tie('obj')),
    arr: fc.array(tie('any'), { maxLength: 40 }),
    obj: fc.dictionary(fc.string({ maxLength: 6 }), tie('any'), { maxKeys: 6 }),
  })).any;
  fc.assert(
    fc.property(value, (v) => expect(written(v).text).toBe(JSON.stringify(v, null, 2))),
    { numRuns: 2000 },
  );
});

test('a big answer is written in several pieces, still the same text', () => {
  const tasks = Array.from({ length: 20_000 }, (_, i) => ({
    row: i + 5,
    code: `1.${i}`,
    task: `Nhiệm vụ số ${i} "trích"\n\tdòng 2`,
    products: [`Báo cáo ${i}`],
    timeframe: { due: '2024-12-31', milestones: [] },
    budget: { amount: null },
  }));
  const answer = {
    schemaVersion: 1,
    workbooks: [{ file: 'a.xlsx', tasks, findings: [], summary: { valid: true } }],
    timings: undefined,
  };
  const out = written(answer);
  expect(out.pieces).toBeGreaterThan(1);
  expect(out.text).toBe(JSON.stringify(answer, null, 2));
});

test('a toJSON is called once, with its key, as JSON.stringify calls it', () => {
  const calls: string[] = [];
  const v = {
    a: { toJSON: (k: string) => (calls.push(k), 'A') },
    list: [{ toJSON: (k: string) => (calls.push(k), 1) }],
  };
  expect(written(v).text).toBe('{\n  "a": "A",\n  "list": [\n    1\n  ]\n}');
  expect(calls).toEqual(['a', '0']);
});

test('outer lists of small objects beside ones that hold long lists: the same text', () => {
  const findings = Array.from({ length: 12_000 }, (_, i) => ({
    code: 'late',
    severity: i % 2 ? 'error' : 'warning',
    params: { row: i, when: new Date(Date.UTC(2024, 0, 1 + (i % 300))) },
    skip: undefined,
  }));
  const indicators = Array.from({ length: 3 }, (_, i) => ({
    id: `CT${i}`,
    units: Array.from({ length: 100 }, (_, u) => ({ unit: `Xã ${u}`, value: u / 3 })),
  }));
  const answer = { schemaVersion: 1, findings, indicators, headline: { total: 3, parts: [1, 2] }, period: null };
  const out = written(answer);
  expect(out.pieces).toBeGreaterThan(1);
  expect(out.text).toBe(JSON.stringify(answer, null, 2));
});
