#!/usr/bin/env node
/**
 * `npm run bench`: generates workbooks of growing size, measures each several times in fresh
 * processes (scripts/bench-worker.js, and the `cchc` command itself as a whole process), and writes
 * BENCHMARKS.md: median times, the ratios to two floors measured in the same run with their runs
 * alternating with ours (exceljs loading the same files; SheetJS's dense load of them), peak memory,
 * the speed and memory goals beside each ratio, and the growth from the smallest size to the largest.
 *
 *   npm run bench                 # 1,000 to 50,000 rows (takes several minutes)
 *   BENCH_QUICK=1 npm run bench   # small sizes, to try the script
 *   BENCH_NO_PANE=1 npm run bench # without the pane's Chromium measurements
 *   BENCH_REPS=3 npm run bench    # fewer runs per figure
 *   BENCH_TASK_SIZES=1000,50000 BENCH_SUBMISSIONS=10,1000 npm run bench   # only these sizes
 */
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const WORK = path.join(ROOT, '.bench');
const QUICK = !!process.env.BENCH_QUICK;
const sizes = (v, dflt) => (v ? v.split(',').map(Number) : dflt);
const TASK_SIZES = sizes(process.env.BENCH_TASK_SIZES, QUICK ? [200, 1000] : [1000, 10000, 50000]);
const SUBMISSION_COUNTS = sizes(process.env.BENCH_SUBMISSIONS, QUICK ? [5, 20] : [10, 100, 1000]);
const REPS = Number(process.env.BENCH_REPS) || (QUICK ? 2 : 5);
const PLAN = path.join(ROOT, 'assets', 'ke-hoach-cchc-2024.xlsx');
const CCHC = path.join(ROOT, 'bin', 'cchc.js');

/**
 * A whole `cchc` process, as a user runs it (start-up, reading, the engine, the JSON written to a
 * pipe): wall time from here, peak memory from GNU time.
 */
function cliRun(args) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'RSS %M', process.execPath, CCHC, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const totalMs = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`cchc ${args.slice(0, 2).join(' ')} exited ${r.status}: ${r.stderr.slice(-400)}`);
  const m = /RSS (\d+)/.exec(r.stderr);
  return { totalMs, rssMb: m ? Math.round(Number(m[1]) / 1024) : NaN };
}

function worker(args) {
  const out = execFileSync(
    process.execPath,
    ['--max-old-space-size=8192', path.join(__dirname, 'bench-worker.js'), ...args],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  return JSON.parse(out.trim().split('\n').pop());
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const rate = (n, ms) => `${Math.round((n / ms) * 1000).toLocaleString('en-US')}/s`;

function summarise(runs) {
  const keys = Object.keys(runs[0]).filter((k) => typeof runs[0][k] === 'number');
  const m = {};
  for (const k of keys) m[k] = k === 'rssMb' ? Math.max(...runs.map((r) => r[k])) : median(runs.map((r) => r[k]));
  return m;
}

/**
 * The floors' runs and ours alternate, so a machine that slows down for a while (other tenants of
 * the host) slows all alike instead of skewing their ratios. `runs` maps a name to [how, reps].
 */
function measureAlternating(runs) {
  const out = {};
  const most = Math.max(...Object.values(runs).map(([, reps]) => reps));
  for (let i = 0; i < most; i++) {
    for (const [name, [run, reps]] of Object.entries(runs)) if (i < reps) (out[name] ??= []).push(run());
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, summarise(v)]));
}
const goal = (ratio, limit) => `${ratio.toFixed(2)} ${ratio <= limit ? '✓' : '✗'}`;

async function makeSubmissions(n) {
  const dir = path.join(WORK, 'submissions');
  fs.mkdirSync(dir, { recursive: true });
  const { readWorkbookFile } = require('../lib/xlsx/readFile.js');
  const { readPlan } = require('../lib/core/readPlan.js');
  const { templateLayoutWithRows } = require('../lib/core/consolidate/index.js');
  const { writeWorkbook } = require('../lib/xlsx/writeWorkbook.js');
  const plan = readPlan(await readWorkbookFile(PLAN));
  const statuses = ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'];
  const files = [];
  for (let u = 0; u < n; u++) {
    const file = path.join(dir, `u${String(u + 1).padStart(4, '0')}.xlsx`);
    files.push(file);
    if (fs.existsSync(file)) continue;
    const { layout, rows } = templateLayoutWithRows(plan, `UBND Phường ${u + 1}`, 'Năm 2024');
    for (let r = rows.indicatorRows.first; r <= rows.indicatorRows.last; r++) {
      const den = 20 + ((u * 7 + r) % 180);
      const num = (u * 13 + r * 3) % (den + 1);
      const row = layout.rows[r - 1];
      row[3] = { value: num, numFmt: '#,##0' };
      row[4] = { value: den, numFmt: '#,##0' };
      if (row[5] && typeof row[5] === 'object') row[5].value = num / den;
    }
    for (let r = rows.taskRows.first; r <= rows.taskRows.last; r++) layout.rows[r - 1][3] = statuses[(u + r) % 3];
    fs.writeFileSync(file, await writeWorkbook([layout]));
  }
  return files;
}

async function main() {
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')],
    { stdio: 'inherit' },
  );
  fs.mkdirSync(WORK, { recursive: true });
  const lines = [];
  const started = new Date();
  lines.push('# Benchmarks', '');
  lines.push(
    `Written by \`npm run bench\` (scripts/bench.js) on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, on this machine: ${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
  );
  lines.push(
    `Each figure is the median of ${REPS} runs, each in a fresh process; the floors are exceljs loading the same file(s) and SheetJS (\`xlsx\`) loading them dense, in the same run, their runs alternating with ours. "read" and "consolidate" are timed inside one process (modules loaded first); "process" is the whole \`cchc\` command as a user runs it (start-up, reading, the engine, the JSON written). Peak memory is the largest resident set of those runs.`,
    '',
  );
  lines.push(
    `The machine was shared with other sessions while this ran (load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(
        ', ',
      )} at the start): absolute times are noisy and slower than on an idle machine; the ratios, from alternating runs, are the figures to read.`,
    '',
  );

  // ── Checking task tables of growing size ──
  lines.push('## `cchc check`: task tables of growing size', '');
  lines.push(
    "Goals: read ≤ 0.5 × SheetJS dense load at 50,000 rows, few and many merges; the whole `cchc check --json` process ≤ 0.5 × exceljs's load alone; peak memory ≤ 250 MB at 50,000 rows. ✓ met, ✗ not met, in this run.",
    '',
  );
  lines.push(
    '| rows | merges | exceljs load | SheetJS dense load | read (ours) | read ÷ SheetJS | check (engine) | `cchc check --json` process | process ÷ exceljs | peak memory (process) |',
  );
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const growth = {};
  for (const merges of ['few', 'many']) {
    for (const n of TASK_SIZES) {
      const file = path.join(WORK, `tasks-${n}-${merges}.xlsx`);
      if (!fs.existsSync(file))
        execFileSync(
          process.execPath,
          [path.join(__dirname, 'make-big-workbook.js'), file, '--rows', String(n), '--merges', merges],
          { stdio: 'ignore' },
        );
      // exceljs's own merge handling is quadratic: one run is enough to show it at the largest size.
      const floorReps = merges === 'many' && n >= 50000 ? 1 : REPS;
      const m = measureAlternating({
        exceljs: [() => worker(['exceljs', file]), floorReps],
        sheetjs: [() => worker(['sheetjs', file]), REPS],
        ours: [() => worker(['check', file]), REPS],
        cli: [() => cliRun(['check', '--json', file]), REPS],
      });
      (growth[merges] ??= []).push({ n, ours: m.ours, floor: m.exceljs });
      const big = n >= 50000;
      const readRatio = m.ours.readMs / m.sheetjs.totalMs;
      const procRatio = m.cli.totalMs / m.exceljs.totalMs;
      lines.push(
        `| ${n.toLocaleString('en-US')} | ${merges} | ${fmt(m.exceljs.totalMs)}${floorReps === 1 ? ' (1 run)' : ''} | ${fmt(m.sheetjs.totalMs)} | ${fmt(m.ours.readMs)} | ${big ? goal(readRatio, 0.5) : readRatio.toFixed(2)} | ${fmt(m.ours.checkMs)} | ${fmt(m.cli.totalMs)} | ${big ? goal(procRatio, 0.5) : procRatio.toFixed(2)} | ${m.cli.rssMb} MB${big ? (m.cli.rssMb <= 250 ? ' ✓' : ' ✗') : ''} |`,
      );
      console.error(
        `tasks ${n} ${merges}: exceljs ${fmt(m.exceljs.totalMs)}, sheetjs ${fmt(m.sheetjs.totalMs)}, read ${fmt(m.ours.readMs)}, process ${fmt(m.cli.totalMs)} ${m.cli.rssMb} MB`,
      );
    }
  }
  lines.push('');
  for (const [merges, g] of Object.entries(growth)) {
    const a = g[0];
    const b = g[g.length - 1];
    lines.push(
      `Growth ${a.n.toLocaleString('en-US')} → ${b.n.toLocaleString('en-US')} rows (${merges} merges, ×${b.n / a.n} rows): read ×${(b.ours.readMs / a.ours.readMs).toFixed(1)}, check ×${(b.ours.checkMs / a.ours.checkMs).toFixed(1)}, exceljs floor ×${(b.floor.totalMs / a.floor.totalMs).toFixed(1)}.`,
    );
  }
  lines.push('');

  // ── The largest sheet allowed ──
  {
    const file = path.join(WORK, 'dense-2m.xlsx');
    if (!fs.existsSync(file))
      execFileSync(
        process.execPath,
        [path.join(__dirname, 'make-dense-sheet.js'), file, '--rows', '100000', '--cols', '20'],
        { stdio: 'ignore' },
      );
    const reps = QUICK ? 1 : 3;
    const m = measureAlternating({
      sheetjs: [() => worker(['sheetjs', file]), reps],
      ours: [() => worker(['read', file]), reps],
      cli: [() => cliRun(['check', '--json', file]), reps],
    });
    lines.push('## The largest sheet allowed: 2,000,000 cells (100,000 rows × 20 columns)', '');
    lines.push('Goal: peak memory ≤ 600 MB.', '');
    lines.push(
      '| SheetJS dense load | read (ours) | read ÷ SheetJS | peak memory (read) | `cchc check --json` process | peak memory (process) |',
    );
    lines.push('|---:|---:|---:|---:|---:|---:|');
    lines.push(
      `| ${fmt(m.sheetjs.totalMs)} | ${fmt(m.ours.totalMs)} | ${(m.ours.totalMs / m.sheetjs.totalMs).toFixed(2)} | ${m.ours.rssMb} MB ${m.ours.rssMb <= 600 ? '✓' : '✗'} | ${fmt(m.cli.totalMs)} | ${m.cli.rssMb} MB ${m.cli.rssMb <= 600 ? '✓' : '✗'} |`,
      '',
    );
    console.error(
      `dense 2M: read ${fmt(m.ours.totalMs)} ${m.ours.rssMb} MB, process ${fmt(m.cli.totalMs)} ${m.cli.rssMb} MB`,
    );
  }

  // ── Consolidating growing numbers of submissions ──
  lines.push(
    '## `cchc consolidate`: growing numbers of unit submissions (seed plan, 13 indicators, 30 tasks each)',
    '',
  );
  lines.push(
    'Goal: the whole `cchc consolidate` process of 1,000 submissions ≤ 0.4 × exceljs loading the same files (the plan and every submission).',
    '',
  );
  lines.push(
    '| submissions | exceljs load | SheetJS dense load | read + consolidate (ours, in process) | consolidate (engine) | `cchc consolidate --json` process | process ÷ exceljs | submissions/s (process) | peak memory (process) |',
  );
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const all = await makeSubmissions(Math.max(...SUBMISSION_COUNTS));
  const cgrowth = [];
  for (const k of SUBMISSION_COUNTS) {
    const files = all.slice(0, k);
    // The same files ours reads: the plan, then every submission.
    const m = measureAlternating({
      exceljs: [() => worker(['exceljs', PLAN, ...files]), REPS],
      sheetjs: [() => worker(['sheetjs', PLAN, ...files]), REPS],
      ours: [() => worker(['consolidate', PLAN, ...files]), REPS],
      cli: [() => cliRun(['consolidate', '--json', '--as-of', '2024-12-31', '--plan', PLAN, ...files]), REPS],
    });
    cgrowth.push({ k, ours: m.ours, floor: m.exceljs });
    const ratio = m.cli.totalMs / m.exceljs.totalMs;
    lines.push(
      `| ${k.toLocaleString('en-US')} | ${fmt(m.exceljs.totalMs)} | ${fmt(m.sheetjs.totalMs)} | ${fmt(m.ours.totalMs)} | ${fmt(m.ours.consolidateMs)} | ${fmt(m.cli.totalMs)} | ${k === Math.max(...SUBMISSION_COUNTS) ? goal(ratio, 0.4) : ratio.toFixed(2)} | ${rate(k, m.cli.totalMs)} | ${m.cli.rssMb} MB |`,
    );
    console.error(`submissions ${k}: exceljs ${fmt(m.exceljs.totalMs)}, process ${fmt(m.cli.totalMs)}`);
  }
  const a = cgrowth[0];
  const b = cgrowth[cgrowth.length - 1];
  lines.push(
    '',
    `Growth ${a.k} → ${b.k} submissions (×${b.k / a.k}): read + consolidate ×${(b.ours.totalMs / a.ours.totalMs).toFixed(1)}, consolidate ×${(b.ours.consolidateMs / a.ours.consolidateMs).toFixed(1)}, exceljs floor ×${(b.floor.totalMs / a.floor.totalMs).toFixed(1)}.`,
    '',
  );

  // The pane: first screen and longest main-thread task in Chromium, and Office.js round trips on the
  // fake Excel context. Each bench writes its own section into .bench/.
  for (const f of ['pane.md', 'roundtrips.md']) fs.rmSync(path.join(WORK, f), { force: true });
  if (!process.env.BENCH_NO_PANE) {
    try {
      execFileSync(
        process.execPath,
        [
          path.join(ROOT, 'node_modules/jest/bin/jest.js'),
          'test/e2e/',
          'test/excel/',
          '--testMatch',
          '**/*.bench.ts',
          '--runInBand',
        ],
        {
          cwd: ROOT,
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
    } catch (e) {
      lines.push(
        `The pane's measurements (Chromium, fake Excel context) failed in this run: ${String(e.message).split('\n')[0]}`,
        '',
      );
    }
  }
  for (const f of ['roundtrips.md', 'pane.md']) {
    const section = path.join(WORK, f);
    if (fs.existsSync(section)) lines.push(fs.readFileSync(section, 'utf8').trim(), '');
  }
  fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), lines.join('\n'));
  console.error('BENCHMARKS.md written');
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
