/** The message of `legacy-encoding`, Vietnamese then English. */
import type { Finding } from '../findings/finding';
import type { MessageCatalog } from '../findings/catalog';
import { placeOf } from '../findings/place';

const NAME: Record<string, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

const sheetOf = (f: Finding): string => (f.file ? `${f.file} › ${f.sheet ?? ''}` : (f.sheet ?? placeOf(f)));

export const encodingMessages: MessageCatalog<'legacy-encoding'> = {
  'legacy-encoding': {
    vi: (f) =>
      `${sheetOf(f)}: ${f.params.count} ô gõ bằng bảng mã ${NAME[String(f.params.encoding)] ?? f.params.encoding} đã được chuyển sang Unicode để đọc (${f.params.cells}); ví dụ "${f.value}" → "${f.params.example}". Dùng "cchc convert" để lưu một bản Unicode.`,
    en: (f) =>
      `${sheetOf(f)}: ${f.params.count} cells typed in the ${NAME[String(f.params.encoding)] ?? f.params.encoding} encoding were converted to Unicode for reading (${f.params.cells}); e.g. "${f.value}" → "${f.params.example}". "cchc convert" saves a Unicode copy.`,
  },
};
