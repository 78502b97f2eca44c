#!/usr/bin/env node
/**
 * `npm run fuzz -- --count N --seed S`: a longer mutation-fuzz campaign of the reader, through the
 * same test `npm test` runs with 300 mutants (test/fuzz/reader.fuzz.test.ts). A failure prints
 * each failing mutant's seed, so it can be replayed with `--count 1 --seed <that seed>`.
 */
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return dflt;
  const v = Number(args[i + 1]);
  if (!Number.isInteger(v) || v < 0) {
    console.error(`fuzz: --${name} takes a whole number`);
    process.exit(2);
  }
  return v;
};
const count = opt('count', 2000);
const seed = opt('seed', Date.now() % 1e9);
console.error(`fuzz: ${count} mutants from seed ${seed}`);
const root = path.join(__dirname, '..');
const r = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/jest/bin/jest.js'), 'test/fuzz/reader.fuzz.test.ts', '--runInBand'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FUZZ_COUNT: String(count), FUZZ_SEED: String(seed) },
  },
);
process.exit(r.status ?? 1);
