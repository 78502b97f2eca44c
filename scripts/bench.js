#!/usr/bin/env node
/**
 * `npm run bench`: generates workbooks of growing size, measures each several times in fresh
 * processes (scripts/bench-worker.js), and writes BENCHMARKS.md: median times, rows or submissions
 * per second, the ratio to the floor (exceljs alone loading the same files, in the same run), and the
 * growth from the smallest size to the largest.
 *
 *   npm run bench                 # sizes as the issue asks (takes several minutes)
 *   BENCH_QUICK=1 npm run bench   # small sizes, to try the script
 */
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const WORK = path.join(ROOT, '.bench');
const QUICK = !!process.env.BENCH_QUICK;
const TASK_SIZES = QUICK ? [200, 1000] : [1000, 10000, 50000];
const SUBMISSION_COUNTS = QUICK ? [5, 20] : [10, 100, 1000];
const REPS = QUICK ? 2 : 5;
const PLAN = path.join(ROOT, 'assets', 'ke-hoach-cchc-2024.xlsx');

function worker(args) {
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', path.join(__dirname, 'bench-worker.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
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
 * The floor's runs and ours alternate, so a machine that slows down for a while (other tenants of
 * the host) slows both alike instead of skewing their ratio.
 */
function measurePair(floorArgs, oursArgs, floorReps, oursReps) {
  const floor = [];
  const ours = [];
  for (let i = 0; i < Math.max(floorReps, oursReps); i++) {
    if (i < floorReps) floor.push(worker(floorArgs));
    if (i < oursReps) ours.push(worker(oursArgs));
  }
  return { floor: summarise(floor), ours: summarise(ours) };
}

async function makeSubmissions(n) {
  const dir = path.join(WORK, 'submissions');
  fs.mkdirSync(dir, { recursive: true });
  const { readWorkbookFile } = require('../lib/xlsx/readFile.js');
  const { readPlan } = require('../lib/core/engine.js');
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
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')], { stdio: 'inherit' });
  fs.mkdirSync(WORK, { recursive: true });
  const lines = [];
  const started = new Date();
  lines.push('# Benchmarks', '');
  lines.push(`Written by \`npm run bench\` (scripts/bench.js) on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, on this machine: ${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`);
  lines.push(`Each figure is the median of ${REPS} runs, each in a fresh process; "floor" is exceljs alone loading the same file(s) in the same run, its runs alternating with ours. Peak memory is the largest resident set of those runs.`, '');

  // ── Checking task tables of growing size ──
  lines.push('## `cchc check`: task tables of growing size', '');
  lines.push('| rows | merges | floor (exceljs load) | read (ours) | check (engine) | total | rows/s (total) | check ÷ floor | total ÷ floor | peak memory |');
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const growth = {};
  for (const merges of ['few', 'many']) {
    for (const n of TASK_SIZES) {
      const file = path.join(WORK, `tasks-${n}-${merges}.xlsx`);
      if (!fs.existsSync(file)) execFileSync(process.execPath, [path.join(__dirname, 'make-big-workbook.js'), file, '--rows', String(n), '--merges', merges], { stdio: 'ignore' });
      // exceljs's own merge handling is quadratic: one run is enough to show it at the largest size.
      const floorReps = merges === 'many' && n >= 50000 ? 1 : REPS;
      const { floor, ours } = measurePair(['exceljs', file], ['check', file], floorReps, REPS);
      (growth[merges] ??= []).push({ n, ours, floor });
      lines.push(`| ${n.toLocaleString('en-US')} | ${merges} | ${fmt(floor.totalMs)}${floorReps === 1 ? ' (1 run)' : ''} | ${fmt(ours.readMs)} | ${fmt(ours.checkMs)} | ${fmt(ours.totalMs)} | ${rate(n, ours.totalMs)} | ${(ours.checkMs / floor.totalMs).toFixed(3)} | ${(ours.totalMs / floor.totalMs).toFixed(2)} | ${ours.rssMb} MB |`);
      console.error(`tasks ${n} ${merges}: floor ${fmt(floor.totalMs)}, ours ${fmt(ours.totalMs)} (check ${fmt(ours.checkMs)})`);
    }
  }
  lines.push('');
  for (const [merges, g] of Object.entries(growth)) {
    const a = g[0];
    const b = g[g.length - 1];
    lines.push(`Growth ${a.n.toLocaleString('en-US')} → ${b.n.toLocaleString('en-US')} rows (${merges} merges, ×${b.n / a.n} rows): check ×${(b.ours.checkMs / a.ours.checkMs).toFixed(1)}, total ×${(b.ours.totalMs / a.ours.totalMs).toFixed(1)}, exceljs floor ×${(b.floor.totalMs / a.floor.totalMs).toFixed(1)}.`);
  }
  lines.push('');

  // ── Consolidating growing numbers of submissions ──
  lines.push('## `cchc consolidate`: growing numbers of unit submissions (seed plan, 13 indicators, 30 tasks each)', '');
  lines.push('| submissions | floor (exceljs load: the plan and every submission) | read + consolidate (ours) | consolidate (engine) | submissions/s | total ÷ floor | peak memory |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|');
  const all = await makeSubmissions(Math.max(...SUBMISSION_COUNTS));
  const cgrowth = [];
  for (const k of SUBMISSION_COUNTS) {
    const files = all.slice(0, k);
    // The same files ours reads: the plan, then every submission.
    const { floor, ours } = measurePair(['exceljs', PLAN, ...files], ['consolidate', PLAN, ...files], REPS, REPS);
    cgrowth.push({ k, ours, floor });
    lines.push(`| ${k.toLocaleString('en-US')} | ${fmt(floor.totalMs)} | ${fmt(ours.totalMs)} | ${fmt(ours.consolidateMs)} | ${rate(k, ours.totalMs)} | ${(ours.totalMs / floor.totalMs).toFixed(2)} | ${ours.rssMb} MB |`);
    console.error(`submissions ${k}: floor ${fmt(floor.totalMs)}, ours ${fmt(ours.totalMs)}`);
  }
  const a = cgrowth[0];
  const b = cgrowth[cgrowth.length - 1];
  lines.push('', `Growth ${a.k} → ${b.k} submissions (×${b.k / a.k}): total ×${(b.ours.totalMs / a.ours.totalMs).toFixed(1)}, consolidate ×${(b.ours.consolidateMs / a.ours.consolidateMs).toFixed(1)}, exceljs floor ×${(b.floor.totalMs / a.floor.totalMs).toFixed(1)}.`, '');

  // The pane: first screen and longest main-thread task in Chromium, and Office.js round trips on the
  // fake Excel context. Each bench writes its own section into .bench/.
  for (const f of ['pane.md', 'roundtrips.md']) fs.rmSync(path.join(WORK, f), { force: true });
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/jest/bin/jest.js'), 'test/e2e/', 'test/excel/', '--testMatch', '**/*.bench.ts', '--runInBand'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
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
