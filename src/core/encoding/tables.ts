/**
 * The two legacy Vietnamese encodings older workbooks hold, as text a spreadsheet stores: each byte
 * 0xA1–0xFF of the font's code page arrives as the Unicode character with the same number (Windows
 * code page 1252 maps that range one to one), so `Céng hoµ` is TCVN3 for `Cộng hoà`.
 *
 * TCVN3 (ABC; fonts `.VnTime`, `.VnArial`…, capitals in `.VnTimeH`): TCVN 5712:1993, the VN3 subset
 * — one byte per letter. Positions as in GNU libc's TCVN5712-1 charmap (`iconv -f TCVN5712-1`);
 * test/encoding/legacy.test.ts checks every entry against the machine's iconv when it has one.
 *
 * VNI (VNI for Windows; fonts `VNI-Times`, `VNI-Helve`…): a base letter followed by a mark
 * character, as VNI Software's code table gives it (tabulated the same way in Unikey's converter
 * and in the `vietnamese-conversion` package's charsets).
 */

/** TCVN3 character → Unicode (lower case, and the seven capitals of the VN3 set). */
export const TCVN3: Readonly<Record<string, string>> = {
  µ: 'à',
  '¸': 'á',
  '¶': 'ả',
  '·': 'ã',
  '¹': 'ạ',
  '¨': 'ă',
  '»': 'ằ',
  '¾': 'ắ',
  '¼': 'ẳ',
  '½': 'ẵ',
  Æ: 'ặ',
  '©': 'â',
  Ç: 'ầ',
  Ê: 'ấ',
  È: 'ẩ',
  É: 'ẫ',
  Ë: 'ậ',
  '®': 'đ',
  Ì: 'è',
  Ð: 'é',
  Î: 'ẻ',
  Ï: 'ẽ',
  Ñ: 'ẹ',
  ª: 'ê',
  Ò: 'ề',
  Õ: 'ế',
  Ó: 'ể',
  Ô: 'ễ',
  Ö: 'ệ',
  '×': 'ì',
  Ý: 'í',
  Ø: 'ỉ',
  Ü: 'ĩ',
  Þ: 'ị',
  ß: 'ò',
  ã: 'ó',
  á: 'ỏ',
  â: 'õ',
  ä: 'ọ',
  '«': 'ô',
  å: 'ồ',
  è: 'ố',
  æ: 'ổ',
  ç: 'ỗ',
  é: 'ộ',
  '¬': 'ơ',
  ê: 'ờ',
  í: 'ớ',
  ë: 'ở',
  ì: 'ỡ',
  î: 'ợ',
  ï: 'ù',
  ó: 'ú',
  ñ: 'ủ',
  ò: 'ũ',
  ô: 'ụ',
  '\u00AD': 'ư',
  õ: 'ừ',
  ø: 'ứ',
  ö: 'ử',
  '÷': 'ữ',
  ù: 'ự',
  ú: 'ỳ',
  ý: 'ý',
  û: 'ỷ',
  ü: 'ỹ',
  þ: 'ỵ',
  '¡': 'Ă',
  '¢': 'Â',
  '£': 'Ê',
  '¤': 'Ô',
  '¥': 'Ơ',
  '¦': 'Ư',
  '§': 'Đ',
};

/** VNI marks after a vowel (lower case; the capital forms are the upper-case characters). */
const VNI_MARKS: Readonly<Record<string, Record<string, string>>> = {
  a: {
    ø: 'à',
    ù: 'á',
    û: 'ả',
    õ: 'ã',
    ï: 'ạ',
    ê: 'ă',
    è: 'ằ',
    é: 'ắ',
    ú: 'ẳ',
    ü: 'ẵ',
    ë: 'ặ',
    â: 'â',
    à: 'ầ',
    á: 'ấ',
    å: 'ẩ',
    ã: 'ẫ',
    ä: 'ậ',
  },
  e: { ø: 'è', ù: 'é', û: 'ẻ', õ: 'ẽ', ï: 'ẹ', â: 'ê', à: 'ề', á: 'ế', å: 'ể', ã: 'ễ', ä: 'ệ' },
  o: { ø: 'ò', ù: 'ó', û: 'ỏ', õ: 'õ', ï: 'ọ', â: 'ô', à: 'ồ', á: 'ố', å: 'ổ', ã: 'ỗ', ä: 'ộ' },
  u: { ø: 'ù', ù: 'ú', û: 'ủ', õ: 'ũ', ï: 'ụ' },
  y: { ø: 'ỳ', ù: 'ý', û: 'ỷ', õ: 'ỹ' },
  // ơ and ư are one character each in VNI (`ô`, `ö`), their tones a mark after them.
  ô: { ø: 'ờ', ù: 'ớ', û: 'ở', õ: 'ỡ', ï: 'ợ' },
  ö: { ø: 'ừ', ù: 'ứ', û: 'ử', õ: 'ữ', ï: 'ự' },
};

/** VNI letters of one character. */
const VNI_SINGLE: Readonly<Record<string, string>> = {
  ì: 'ì',
  í: 'í',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
  ñ: 'đ',
  ô: 'ơ',
  ö: 'ư',
};

/** The full VNI table, two-character sequences and single characters, both cases. */
export const VNI: Readonly<Record<string, string>> = (() => {
  const out: Record<string, string> = {};
  for (const [b, marks] of Object.entries(VNI_MARKS)) {
    for (const [m, u] of Object.entries(marks)) {
      out[b + m] = u;
      out[b.toUpperCase() + m.toUpperCase()] = u.toUpperCase();
    }
  }
  for (const [c, u] of Object.entries(VNI_SINGLE)) {
    out[c] = u;
    out[c.toUpperCase()] = u.toUpperCase();
  }
  return out;
})();
