#!/usr/bin/env node
// Thin launcher: the CLI is compiled to lib/ by `npm install` (the `prepare` script).
'use strict';
let main;
try {
  ({ main } = require('../lib/cli/main.js'));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND') {
    console.error(
      'cchc: the command has not been built yet; run `npm install` (or `npm run build:cli`) in the project folder.',
    );
    process.exit(2);
  }
  throw err;
}
// A reader that stops early (`cchc check … --json | head`) closes the pipe. That is not a failure
// to report with a stack trace, and nothing more can be written to it: stop at once, with the exit
// status a Unix tool killed by SIGPIPE has (128 + 13), so `set -o pipefail` scripts still see it.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(141);
    throw err;
  });
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
