#!/usr/bin/env node
/**
 * Run first by `npm test`: the suite drives the pane in Debian's chromium (with fonts-liberation),
 * round-trips workbooks and Word documents through LibreOffice (Calc and Writer) and reads printed
 * PDFs back with poppler-utils. Without them a third of the suite would fail one by one, minutes
 * later; instead this stops at once with the one line that says what to install (as .ci/run does).
 * CCHC_SKIP_PREREQUISITES=1 skips the check (for running a single test file that needs none).
 */
'use strict';
const { existsSync } = require('fs');
const { delimiter, join } = require('path');

function onPath(names) {
  const dirs = (process.env.PATH || '').split(delimiter).filter(Boolean);
  return names.some((n) => existsSync(n) || dirs.some((d) => existsSync(join(d, n))));
}

/** What each test layer needs, and the Debian package that gives it. */
const NEEDS = [
  { what: ['/usr/bin/chromium'], pkg: 'chromium' },
  // The pane's layout tests measure text: DejaVu Sans, the only font without it, is wider than Office's.
  { what: ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'], pkg: 'fonts-liberation' },
  { what: ['soffice', 'libreoffice'], pkg: 'libreoffice-calc-nogui' },
  // Writer has no binary of its own: its filter library tells whether it is there.
  { what: ['/usr/lib/libreoffice/program/libswlo.so'], pkg: 'libreoffice-writer-nogui' },
  { what: ['pdfinfo', 'pdftoppm', 'pdftotext'], pkg: 'poppler-utils', all: true },
];

function missing(env = process.env, has = onPath) {
  if (env.CCHC_SKIP_PREREQUISITES === '1') return [];
  return NEEDS.filter((n) => (n.all ? !n.what.every((w) => has([w])) : !has(n.what))).map((n) => n.pkg);
}

if (require.main === module) {
  const pkgs = missing();
  if (pkgs.length > 0) {
    console.error(
      `npm test cần ${pkgs.join(', ')}: sudo apt-get install -y --no-install-recommends ${pkgs.join(' ')} ` +
        `/ npm test needs ${pkgs.join(', ')}: install them as above (.ci/run does).`,
    );
    process.exit(1);
  }
}

module.exports = { missing, NEEDS };
