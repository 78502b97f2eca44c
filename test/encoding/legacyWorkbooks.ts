/**
 * Workbooks typed the old way, made from a Unicode workbook: every text cell re-encoded in TCVN3
 * (font `.VnTime`, or `.VnTimeH` with the lower-case codes for a cell in capitals) or in VNI (font
 * `VNI-Times`). A mixed-case cell with a capital TCVN3 cannot write (`Ấ`) stays in Unicode, as
 * such cells do in real workbooks that were half retyped.
 */
import ExcelJS from 'exceljs';
import { TCVN3, VNI } from '../../src/core/encoding';

const toTcvn = new Map<string, string>(Object.entries(TCVN3).map(([k, v]) => [v, k]));
const toVni = new Map<string, string>();
for (const [k, v] of Object.entries(VNI)) if (!toVni.has(v) || k.length > toVni.get(v)!.length) toVni.set(v, k);

export function encodeTcvn3(text: string): { text: string; font: string } | null {
  const nfc = text.normalize('NFC');
  const capitals = nfc === nfc.toUpperCase() && /[A-ZÀ-Ỹ]/.test(nfc);
  const src = capitals ? nfc.toLowerCase() : nfc;
  let out = '';
  for (const ch of src) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else if (toTcvn.has(ch)) out += toTcvn.get(ch);
    else return null;
  }
  return { text: out, font: capitals ? '.VnTimeH' : '.VnTime' };
}

export function encodeVni(text: string): { text: string; font: string } | null {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else if (toVni.has(ch)) out += toVni.get(ch);
    else return null;
  }
  return { text: out, font: 'VNI-Times' };
}

/** Re-encodes every text cell of a workbook; returns how many cells' text changed. */
export async function legacyCopy(input: string, output: string, encode: typeof encodeTcvn3): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  let n = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // exceljs hands every cell of a merge the master's value: encode the master once.
        if (cell.isMerged && cell.master !== cell) return;
        if (typeof cell.value !== 'string' || !/[^\p{ASCII}]/u.test(cell.value)) return;
        const e = encode(cell.value);
        if (!e) return;
        // `Quý` is the same in TCVN3: such a cell reads the same either way and is not counted.
        if (e.text !== cell.value) n++;
        cell.value = e.text;
        cell.font = { ...(cell.font ?? {}), name: e.font };
      }),
    ),
  );
  await wb.xlsx.writeFile(output);
  return n;
}
