/**
 * The line the pane shows for a failure Excel reported (an ExcelHostError from src/excel), in the
 * user's language, each saying what to do. Unknown failures return null: the caller shows Excel's
 * own message, so a bug report can quote it.
 */
import type { Lang } from '../../core/i18n/lang';
import { formatNumber } from '../../core/i18n/format';
import type { ExcelHostError } from '../../excel/errors';
import { WEB_MAX_FILE_BYTES } from '../../excel/importWorkbooks';
import { STRINGS } from './strings';

export function excelErrorMessage(err: ExcelHostError, lang: Lang): string | null {
  const s = STRINGS[lang].errors;
  const file = err.file ?? '';
  switch (err.reason) {
    case 'cell-edit':
      return s.excelBusy;
    case 'invalid-operation':
      return s.excel.invalidOperation;
    case 'inactive-workbook':
      return s.excel.inactiveWorkbook;
    case 'unsupported-feature':
      return err.file ? s.excel.importUnsupportedContent(file) : s.excel.unsupportedFeature;
    case 'workbook-protected':
      return s.protectedWorkbook;
    case 'access-denied':
      return s.excel.accessDenied;
    case 'too-large':
      return err.file
        ? s.excel.importTooLarge(file, formatNumber(WEB_MAX_FILE_BYTES / (1024 * 1024), lang, 1))
        : s.tooLarge;
    case 'import-too-large':
      return s.excel.importTooLarge(file, formatNumber(WEB_MAX_FILE_BYTES / (1024 * 1024), lang, 1));
    case 'import-unsupported-content':
      return s.excel.importUnsupportedContent(file);
    case 'import-unavailable':
      return s.excel.importUnavailable;
    case 'unknown':
      return err.file ? s.excel.importFailed(file, err.code ?? err.message) : null;
  }
}
