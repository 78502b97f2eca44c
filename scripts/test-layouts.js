#!/usr/bin/env node
/**
 * `npm run test:layouts -- --seed N --count M`: the layout-variant proof on another sample
 * (test/layouts/layouts.test.ts reads LAYOUT_SEED and LAYOUT_COUNT).
 */
const { spawnSync } = require('child_process');

const args = process.argv.slice(2);
const value = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const env = { ...process.env };
const seed = value('--seed');
const count = value('--count');
if (seed !== undefined) env.LAYOUT_SEED = String(Number(seed));
if (count !== undefined) env.LAYOUT_COUNT = String(Number(count));
const r = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), 'test/layouts'], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
