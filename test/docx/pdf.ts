/**
 * LibreOffice Writer for the report tests: converts a .docx to PDF (and the PDF's pages to PNG for
 * a person to look at). Missing soffice fails the test with what to install; it never skips, since a
 * skipped conversion would look like a passing one (CI installs libreoffice-writer-nogui).
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync } from 'fs';
import { basename, join } from 'path';
import { sofficePath } from '../consolidate/helpers/soffice';

export function docxToPdf(file: string, outDir: string): string {
  const profile = join(outDir, 'lo-profile');
  mkdirSync(profile, { recursive: true });
  const run = spawnSync(
    sofficePath(),
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const pdf = join(outDir, basename(file).replace(/\.docx$/i, '.pdf'));
  if (run.status !== 0 || !existsSync(pdf))
    throw new Error(
      `LibreOffice could not convert ${file} to PDF (install libreoffice-writer-nogui): ${run.stderr || run.stdout}`,
    );
  return pdf;
}

/** The text of each page (pdftotext, from poppler-utils), layout kept. */
export function pdfPages(pdf: string): string[] {
  const run = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

/** The page size in points, as pdfinfo reports it. */
export function pdfPageSize(pdf: string): { width: number; height: number } {
  const run = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(run.stdout);
  if (!m) throw new Error(`pdfinfo gave no page size: ${run.stdout}${run.stderr}`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** PNGs of the pages (pdftoppm), for looking at; returns their paths. */
export function pdfToPngs(pdf: string, outDir: string, dpi = 60): string[] {
  const prefix = join(outDir, basename(pdf, '.pdf'));
  spawnSync('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix]);
  const pages = pdfPages(pdf).length;
  return Array.from({ length: pages }, (_, i) => `${prefix}-${i + 1}.png`).filter(existsSync);
}
