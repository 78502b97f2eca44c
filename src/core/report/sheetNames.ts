/**
 * Names of the sheets the add-in creates. Every one starts with `CCHC - `, so a user (and the
 * host itself) can tell them from the user's own sheets, and none ever replaces an existing sheet.
 */
export const OWN_PREFIX = 'CCHC - ';
const MAX_LENGTH = 31;

export function isOwnSheet(name: string): boolean {
  return name.startsWith(OWN_PREFIX);
}

/**
 * A sheet the add-in made from a Word document's appendix (`CCHC - Phụ lục 2 (Word)`, perhaps with
 * ` (2)` for a second import): the add-in's own, but a plan table the checker must read.
 */
export function isImportedAppendix(name: string): boolean {
  return isOwnSheet(name) && /\((?:Word)\)(?: \(\d+\))?$/.test(name);
}

/** Excel forbids `[]:*?/\` in sheet names and a leading or trailing apostrophe. */
function clean(name: string): string {
  return name
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/^'+|'+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `Kết quả kiểm tra` → `CCHC - Kết quả kiểm tra`, made unique against `existing` (case-insensitive, as Excel compares). */
export function ownSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set<string>();
  for (const n of existing) taken.add(n.toLocaleLowerCase());
  let base = clean(wanted);
  if (!isOwnSheet(base)) base = `${OWN_PREFIX}${base.replace(/^CCHC\s*-\s*/i, '')}`;
  base = base.slice(0, MAX_LENGTH).trimEnd();
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${base.slice(0, MAX_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
