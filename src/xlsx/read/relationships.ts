/** Package relationships (`_rels/*.rels`): what a part points to, resolved to part names. */
import type { ReadLimits } from '../readErrors';
import { walkPart } from './partXml';
import type { Attributes } from './xmlTokenizer';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relationships(name: string, xml: Uint8Array | null, limits: ReadLimits): Relationship[] {
  const out: Relationship[] = [];
  if (xml === null) return out;
  walkPart(
    name,
    xml,
    {
      wantText: false,
      open(tag: string, a: Attributes) {
        if (tag !== 'Relationship') return;
        out.push({
          id: a.get('Id') ?? a.get('id') ?? '',
          type: a.get('Type') ?? '',
          target: a.get('Target') ?? '',
          external: a.get('TargetMode') === 'External',
        });
      },
      close() {},
      text() {},
    },
    limits,
  );
  return out;
}

/** Resolves a relationship target against the folder of the part that declares it. */
export function resolvePart(fromFolder: string, target: string): string {
  if (target.startsWith('/')) return resolvePart('', target.slice(1));
  const parts = (fromFolder ? fromFolder.split('/') : []).concat(target.split('/'));
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

/** Where a part's own relationships live: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(path: string): string {
  const folder = folderOf(path);
  const name = path.slice(folder.length ? folder.length + 1 : 0);
  return `${folder ? `${folder}/` : ''}_rels/${name}.rels`;
}
