#!/usr/bin/env node
/**
 * `npm run docs:codes`: rewrites the README's tables of finding codes from the code lists in core
 * (scripts/codeTables.ts). It runs the test that checks them with UPDATE_README_CODES set, so the
 * TypeScript is compiled the one way the tests compile it and no build step is needed.
 */
const { spawnSync } = require('child_process');

const env = { ...process.env, UPDATE_README_CODES: '1' };
const r = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), 'test/docs/readmeCodes.test.ts'], {
  stdio: 'inherit',
  env,
});
process.exit(r.status ?? 1);
