/**
 * Word's list labels (`1.1.`, `a)`, `-`): Word keeps them out of the text, in the numbering part,
 * so a task code typed by Word's multilevel list would otherwise be lost. This renders the label
 * each numbered paragraph shows, counting as Word counts: a level's counter goes up by one per
 * paragraph at that level and restarts under each new paragraph of a higher level.
 *
 * Not modelled: numbering inherited from a paragraph style (styles.xml), legal-style and
 * restart-after overrides (`w:lvlRestart`), picture bullets; such paragraphs get no label, or the
 * plain counting above.
 */
import { parseXml, W_NS } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface NumDef {
  abstractId: string;
  /** Per level, a start that restarts this list instance. */
  startOverride: Map<number, number>;
}

const MAX_LEVELS = 9;

function int(v: string | undefined, fallback: number): number {
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : fallback;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table)
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  return out;
}

function letters(n: number): string {
  // Word repeats the letter past z: aa, bb, …
  if (n <= 0) return String(n);
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

const PLAIN_BULLETS = new Set(['-', '–', '—', '+', '*', '•', '·']);

/** Word's bullets are often private-use symbols of Symbol or Wingdings; they read as `•`. */
function bulletOf(text: string): string {
  const t = text.trim();
  return PLAIN_BULLETS.has(t) ? t : '•';
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, NumDef>();
  private readonly counters = new Map<string, (number | undefined)[]>();

  static parse(xml: string | null, maxDepth: number): Numbering {
    const n = new Numbering();
    if (xml) n.read(xml, maxDepth);
    return n;
  }

  private read(xml: string, maxDepth: number): void {
    let abstract: Map<number, Level> | null = null;
    let level: Level | null = null;
    let num: NumDef | null = null;
    let overrideLevel = -1;
    parseXml(
      xml,
      {
        open: (el) => {
          if (!W_NS.has(el.uri)) return;
          const val = el.attrs.val;
          switch (el.local) {
            case 'abstractNum':
              abstract = new Map();
              this.abstracts.set(el.attrs.abstractNumId ?? '', abstract);
              break;
            case 'lvl': {
              const ilvl = int(el.attrs.ilvl, -1);
              if (abstract && ilvl >= 0 && ilvl < MAX_LEVELS) {
                level = { start: 1, format: 'decimal', text: '' };
                abstract.set(ilvl, level);
              }
              break;
            }
            case 'start':
              if (level) level.start = int(val, 1);
              break;
            case 'numFmt':
              if (level && val) level.format = val;
              break;
            case 'lvlText':
              if (level) level.text = val ?? '';
              break;
            case 'num':
              num = { abstractId: '', startOverride: new Map() };
              this.nums.set(el.attrs.numId ?? '', num);
              break;
            case 'abstractNumId':
              if (num && val !== undefined) num.abstractId = val;
              break;
            case 'lvlOverride':
              overrideLevel = int(el.attrs.ilvl, -1);
              break;
            case 'startOverride':
              if (num && overrideLevel >= 0) num.startOverride.set(overrideLevel, int(val, 1));
              break;
          }
        },
        close: (el) => {
          if (!W_NS.has(el.uri)) return;
          if (el.local === 'abstractNum') abstract = null;
          else if (el.local === 'lvl') level = null;
          else if (el.local === 'num') num = null;
          else if (el.local === 'lvlOverride') overrideLevel = -1;
        },
        text: () => {},
      },
      maxDepth,
    );
  }

  /** The label of the next paragraph of list `numId` at level `ilvl`, or '' when it shows none. */
  next(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    if (!num || numId === '0') return '';
    const levels = this.abstracts.get(num.abstractId);
    const lvl = levels?.get(ilvl);
    if (!levels || !lvl) return '';
    // List instances that restart their numbering count on their own; the others continue the abstract list.
    const key = num.startOverride.size > 0 ? `n${numId}` : `a${num.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    const startOf = (i: number) => num.startOverride.get(i) ?? levels.get(i)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    for (let i = ilvl + 1; i < MAX_LEVELS; i++) counts[i] = undefined;
    if (lvl.format === 'bullet') return bulletOf(lvl.text);
    if (lvl.format === 'none' && !lvl.text.includes('%')) return lvl.text.trim();
    // `%1.%2.` → the counters of levels 1 and 2, each in its own level's format.
    let out = '';
    const t = lvl.text;
    for (let i = 0; i < t.length; i++) {
      const d = t.charCodeAt(i + 1) - 49;
      if (t[i] === '%' && d >= 0 && d < MAX_LEVELS) {
        out += formatCounter(counts[d] ?? startOf(d), levels.get(d)?.format ?? 'decimal');
        i++;
      } else out += t[i];
    }
    return out.trim();
  }
}
