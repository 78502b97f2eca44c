#!/usr/bin/env node
// Thin launcher: the CLI is compiled to lib/ by `npm install` (the `prepare` script).
'use strict';
let main;
try {
  ({ main } = require('../lib/cli/main.js'));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND') {
    console.error('cchc: the command has not been built yet; run `npm install` (or `npm run build:cli`) in the project folder.');
    process.exit(2);
  }
  throw err;
}
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
