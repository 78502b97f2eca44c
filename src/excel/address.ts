/** Sheet-qualified addresses as Office.js prints them; the A1 references inside are parsed by core (grid.ts). */
import { type MergeArea, parseArea } from '../core/grid';

/** The sheet name as Excel prints it in an address: quoted unless it is a plain word. */
export function quotedSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Areas of a RangeAreas address (`'Phụ lục 2'!A5:A9, 'Phụ lục 2'!B5:B9`). The sheet prefix is
 * removed by its known text rather than split on `!` or `,`, since a sheet name may hold both.
 */
export function parseAreasAddress(address: string, sheet: string): MergeArea[] {
  const prefixes = [`${quotedSheet(sheet)}!`, `'${sheet.replace(/'/g, "''")}'!`, `${sheet}!`];
  let rest = address;
  for (const p of prefixes) rest = rest.split(p).join('');
  const areas: MergeArea[] = [];
  for (const part of rest.split(',')) {
    const area = parseArea(part);
    if (area) areas.push(area);
  }
  return areas;
}
