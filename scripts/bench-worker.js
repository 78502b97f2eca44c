#!/usr/bin/env node
/**
 * One measurement in a fresh process, printed as one JSON line (so runs do not warm each other up):
 *   exceljs FILE...            the floor: exceljs alone loading the files
 *   sheetjs FILE...            the second floor: SheetJS (`xlsx`) dense load of the files
 *   read FILE                  our reader alone
 *   check FILE                 our reading (read + check), as `cchc check --timings` measures it
 *   consolidate PLAN FILE...   our consolidation of the files against the plan (read as the command does)
 * Uses the compiled lib/ (built by `npm install`).
 */
'use strict';
const { readFileSync } = require('fs');
const ExcelJS = require('exceljs');
const XLSX = require('xlsx');

const lib = (p) => require(`../lib/${p}`);
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function main() {
  const [mode, ...args] = process.argv.slice(2);
  // Modules load before the clock starts: the floor's exceljs is loaded above too.
  const { readWorkbookFile } = lib('xlsx/readFile.js');
  const { readPlan } = lib('core/readPlan.js');
  const { consolidate } = lib('core/consolidate/index.js');
  const { readSubmissionFiles } = lib('cli/submissionFiles.js');
  const t0 = performance.now();
  if (mode === 'exceljs') {
    for (const f of args) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(f));
    }
    return { totalMs: performance.now() - t0 };
  }
  if (mode === 'sheetjs') {
    for (const f of args) XLSX.read(readFileSync(f), { dense: true });
    return { totalMs: performance.now() - t0 };
  }
  if (mode === 'read') {
    const grids = await readWorkbookFile(args[0]);
    return {
      totalMs: performance.now() - t0,
      cells: grids.reduce((n, g) => n + g.values.length * (g.values[0]?.length ?? 0), 0),
    };
  }
  if (mode === 'check') {
    const grids = await readWorkbookFile(args[0]);
    const t1 = performance.now();
    const r = readPlan(grids);
    const t2 = performance.now();
    return { readMs: t1 - t0, checkMs: t2 - t1, totalMs: t2 - t0, tasks: r.tasks.length, findings: r.findings.length };
  }
  if (mode === 'consolidate') {
    const [planFile, ...files] = args;
    const plan = readPlan(await readWorkbookFile(planFile));
    // As `cchc consolidate` reads them: a few worker threads, one workbook each at a time.
    const submissions = (await readSubmissionFiles(files, 'vi')).flatMap((r) => (r.ok ? r.submissions : []));
    const t1 = performance.now();
    const result = consolidate(plan, submissions, { asOf: '2024-12-31' });
    const t2 = performance.now();
    return { readMs: t1 - t0, consolidateMs: t2 - t1, totalMs: t2 - t0, submissions: result.submissions.length };
  }
  throw new Error(`unknown mode ${mode}`);
}

main().then(
  (r) => console.log(JSON.stringify({ ...r, rssMb: rssMb() })),
  (e) => {
    console.error(e && e.stack ? e.stack : String(e));
    process.exit(1);
  },
);
