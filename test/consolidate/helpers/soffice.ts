/**
 * LibreOffice for the round-trip tests: recalculates and saves a workbook as a unit filling it in
 * LibreOffice would. Missing soffice fails the test with what to install; it never skips, because
 * a skipped round trip would look like a passing one (CI installs libreoffice-calc-nogui).
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import { basename, delimiter, join } from 'path';

/** CCHC_SOFFICE names the binary explicitly (and lets a test of this guard point it nowhere). */
export function sofficePath(): string {
  const named = process.env.CCHC_SOFFICE;
  const candidates =
    named !== undefined
      ? [named]
      : (process.env.PATH ?? '').split(delimiter).flatMap((d) => [join(d, 'soffice'), join(d, 'libreoffice')]);
  const p = candidates.find((c) => c !== '' && existsSync(c));
  if (!p) {
    throw new Error(
      'LibreOffice (soffice) is not installed: `apt-get install -y libreoffice-calc-nogui`. The round trip through LibreOffice cannot be checked without it.',
    );
  }
  return p;
}

/**
 * A private profile per run: two soffice processes sharing a profile block each other, and the
 * profile turns on recalculation at load, which LibreOffice leaves off for .xlsx by default
 * (a stale cached result would otherwise survive the save).
 */
function profile(dir: string): string {
  const user = join(dir, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${dir}`;
}

/** Opens `file` in LibreOffice, recalculates, saves it as .xlsx into `outDir`; returns the new path. */
export function recalcWithLibreOffice(file: string, outDir: string, workDir: string): string {
  const soffice = sofficePath();
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    soffice,
    [
      `-env:UserInstallation=${profile(join(workDir, 'lo-profile'))}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      file,
    ],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  const out = join(outDir, basename(file));
  if (r.status !== 0 || !/convert /.test(r.stdout)) {
    throw new Error(`soffice failed (status ${r.status}): ${r.stdout} ${r.stderr} ${r.error ?? ''}`);
  }
  return out;
}
