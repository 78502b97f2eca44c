/**
 * Deliverables (`Sản phẩm`) as a list: one per `- ` line, or per `<li>`, or per ` - ` inside a list
 * exported from the web on one line (`<ul> - a - b </ul>`). Semicolons stay inside an item, as plans
 * use them within one deliverable.
 */
import { foldSpaces } from '../text/normalize';

const BULLET = /^\s*[-–•+*]\s+/;

export function splitProducts(lines: string): string[] {
  const text = lines.trim();
  if (!text) return [];
  // Most deliverables are one line: that line is the only row, without the arrays a split makes.
  const rows = text.includes('\n')
    ? text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [text];
  if (rows.length === 1 && BULLET.test(rows[0])) {
    // A web list flattened onto one line: ` - a - b - c`.
    return rows[0]
      .split(/(?:^|\s)[-–•]\s+/)
      .map((s) => foldSpaces(s))
      .filter(Boolean);
  }
  // Plain lines without bullets are one deliverable each; with bullets, an unbulleted line continues the item above.
  if (!rows.some((r) => BULLET.test(r))) return rows.map((r) => foldSpaces(r));
  const items: string[] = [];
  for (const r of rows) {
    if (BULLET.test(r) || items.length === 0) items.push(foldSpaces(r.replace(BULLET, '')));
    else items[items.length - 1] = `${items[items.length - 1]} ${foldSpaces(r)}`;
  }
  return items.filter(Boolean);
}
