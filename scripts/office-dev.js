#!/usr/bin/env node
/**
 * The Office developer loop of Microsoft's add-in templates, with a clear word where it cannot run:
 *
 *   npm run start:desktop                     sideload into Excel on Windows or macOS, dev server on :3000
 *   npm run start:web -- --document <URL>     sideload into Excel on the web (a workbook on OneDrive/SharePoint)
 *   npm run stop                              stop the dev server, remove the sideloaded add-in
 *
 * Under the hood: office-addin-debugging (which installs the dev certificate through
 * office-addin-dev-certs on first use, and starts `npm run dev-server`). Excel desktop exists only
 * on Windows and macOS, and sideloading to the web needs a document URL: both are said in one line
 * each, with what works instead, rather than office-addin-debugging's bare "platform not supported".
 */
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const MANIFEST = 'manifest.xml';
const PORT = '3000';

const SAY = {
  noDesktop: (platform) =>
    [
      `Excel cho máy tính không chạy trên ${platform}: "npm run start:desktop" chỉ dùng được trên Windows hoặc macOS có Excel.`,
      `  Ở đây: "npm run start:web -- --document <URL sổ tính trên OneDrive/SharePoint>" để nạp vào Excel trên web,`,
      `  hoặc "npm run dev-server" rồi mở http://localhost:3000/taskpane.html để dùng pane ngoài Excel.`,
      `Excel desktop does not run on ${platform}: "npm run start:desktop" needs Windows or macOS with Excel.`,
      `  Here: "npm run start:web -- --document <URL of a workbook on OneDrive/SharePoint>" for Excel on the web,`,
      `  or "npm run dev-server" and open http://localhost:3000/taskpane.html for the pane outside Excel.`,
    ].join('\n'),
  noDocument: [
    'Excel trên web cần một sổ tính để nạp add-in: npm run start:web -- --document "https://…sharepoint.com/…/ke-hoach.xlsx"',
    'Excel on the web needs a workbook to sideload into: npm run start:web -- --document "https://…sharepoint.com/…/plan.xlsx"',
  ].join('\n'),
  certificate: [
    'Chưa cài được chứng chỉ phát triển của Office: chạy "npx office-addin-dev-certs install" (một lần, với quyền tin cậy chứng chỉ), rồi thử lại.',
    'The Office dev certificate could not be installed: run "npx office-addin-dev-certs install" once, as a user who may trust certificates, then try again.',
  ].join('\n'),
  usage: 'usage: node scripts/office-dev.js start desktop|web [--document URL] | stop',
};

/** What to run for `args` on `platform`: office-addin-debugging's arguments, or the line to print. */
function plan(platform, args) {
  const [verb, target, ...rest] = args;
  if (verb === 'stop') return { run: ['stop', MANIFEST] };
  if (verb !== 'start' || (target !== 'desktop' && target !== 'web')) return { say: SAY.usage };
  if (target === 'desktop' && platform !== 'win32' && platform !== 'darwin') return { say: SAY.noDesktop(platform) };
  if (target === 'web' && !rest.includes('--document')) return { say: SAY.noDocument };
  return { run: ['start', MANIFEST, target, '--dev-server', 'npm run dev-server', '--dev-server-port', PORT, ...rest] };
}

function main() {
  const step = plan(process.platform, process.argv.slice(2));
  if (step.say) {
    console.error(step.say);
    return 1;
  }
  const bin = path.join(ROOT, 'node_modules', 'office-addin-debugging', 'cli.js');
  const r = spawnSync(process.execPath, [bin, ...step.run], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['inherit', 'pipe', 'pipe'],
  });
  process.stdout.write(r.stdout || '');
  process.stderr.write(r.stderr || '');
  if (/Unable to install the CA certificate/.test(`${r.stdout}${r.stderr}`)) console.error(SAY.certificate);
  return r.status === null ? 1 : r.status;
}

if (require.main === module) process.exitCode = main();
module.exports = { plan };
