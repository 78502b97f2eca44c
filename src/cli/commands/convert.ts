/**
 * `cchc convert FILE.xlsx [--out FILE-unicode.xlsx] [--force]`: a copy of the workbook with text
 * typed in TCVN3 (ABC) or VNI converted to Unicode and those cells' fonts reset to Times New Roman.
 * The original is never written: an --out that is the input is refused even with --force, an
 * existing --out without it.
 */
import { readFile } from 'fs/promises';
import type { Command } from 'commander';
import { parseLang, type Lang } from '../../core/i18n/lang';
import type { ConversionResult } from '../../xlsx/convertLegacy';
import { EXIT, type CliIO } from '../io';
import { readInput } from '../readInput';
import { EXAMPLES } from '../examples';
import { vetOutputs, writeOutputFile } from '../safeOutput';

interface ConvertOpts {
  out?: string;
  force?: boolean;
  lang?: string;
  quiet?: boolean;
}

const WORDS = {
  vi: {
    written: (out: string, n: number, tcvn: number, vni: number) =>
      `Đã ghi bản Unicode: ${out} — ${n} ô được chuyển (TCVN3: ${tcvn}, VNI: ${vni}), phông chữ đặt lại là Times New Roman.`,
    nothing: (file: string) => `${file}: không có ô nào gõ bằng bảng mã TCVN3 hay VNI; không ghi tệp nào.`,
    failed: (file: string, why: string) =>
      `Không chuyển được ${file}: ${why}. Mở bằng Excel, lưu lại dạng .xlsx rồi thử lại.`,
  },
  en: {
    written: (out: string, n: number, tcvn: number, vni: number) =>
      `Unicode copy written: ${out} — ${n} cells converted (TCVN3: ${tcvn}, VNI: ${vni}), fonts reset to Times New Roman.`,
    nothing: (file: string) => `${file}: no cell is typed in TCVN3 or VNI; nothing written.`,
    failed: (file: string, why: string) =>
      `Could not convert ${file}: ${why}. Open it in Excel, save it as .xlsx and try again.`,
  },
} as const satisfies Record<Lang, unknown>;

/** `ke-hoach.xlsx` → `ke-hoach-unicode.xlsx`. */
export function defaultOut(file: string): string {
  return /\.xlsx$/i.test(file) ? file.replace(/\.xlsx$/i, '-unicode.xlsx') : `${file}-unicode.xlsx`;
}

export function registerConvert(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('convert')
    .description(
      'Chuyển chữ gõ bằng TCVN3 (ABC) hoặc VNI sang Unicode, ghi ra bản mới / Convert TCVN3 or VNI text to Unicode in a copy',
    )
    .argument('<file>', 'the workbook (.xlsx); never changed')
    .option('--out <file.xlsx>', 'the converted copy (default: FILE-unicode.xlsx)')
    .option('--force', 'replace an existing --out file (never the input)')
    .option('--lang <lang>', 'vi | en', 'vi')
    .option('--quiet', 'print nothing but errors')
    .addHelpText('after', EXAMPLES.convert)
    .action(async (file: string, opts: ConvertOpts) => setExit(await runConvert(file, opts, io)));
}

export async function runConvert(file: string, opts: ConvertOpts, io: CliIO): Promise<number> {
  const lang: Lang = parseLang(opts.lang);
  const w = WORDS[lang];
  const out = { option: '--out', path: opts.out ?? defaultOut(file) };
  const vetted = vetOutputs([out], [file], !!opts.force, lang);
  if (!vetted.ok) {
    io.err(vetted.message);
    return EXIT.unreadable;
  }
  // The reader refuses what is not a workbook (with its one line) before exceljs sees the bytes.
  const input = await readInput(file, lang);
  if (!input.ok) {
    io.err(input.message);
    return EXIT.unreadable;
  }
  let result: ConversionResult;
  try {
    // exceljs loads only when a workbook is converted, not on every start of `cchc`.
    const { convertWorkbookBytes } = await import('../../xlsx/convertLegacy');
    result = await convertWorkbookBytes(new Uint8Array(await readFile(file)));
  } catch (err) {
    io.err(w.failed(file, (err as Error).message));
    return EXIT.unreadable;
  }
  if (result.converted.length === 0 && result.fontsReset === 0) {
    if (!opts.quiet) io.out(w.nothing(file));
    return EXIT.ok;
  }
  if (!(await writeOutputFile(out, () => result.bytes, !!opts.force, lang, io))) return EXIT.unreadable;
  const tcvn = result.converted.filter((c) => c.encoding === 'tcvn3').length;
  if (!opts.quiet) io.out(w.written(out.path, result.converted.length, tcvn, result.converted.length - tcvn));
  return EXIT.ok;
}
