/**
 * Package relationships (`_rels/*.rels`): reading them, resolving their targets to part names, and
 * writing them back when a part moves.
 */
import { startTags } from './xml';

export interface Relationship { id: string; type: string; target: string; mode?: string }

export function relationships(xml: string): Relationship[] {
  return startTags(xml, 'Relationship').map((a) => ({ id: a.Id ?? a.id ?? '', type: a.Type ?? '', target: a.Target ?? '', mode: a.TargetMode }));
}

/** Resolves a relationship target against the folder of the part that declares it. */
export function resolvePart(fromFolder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
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

const URL_TARGET = /^[a-z][a-z0-9+.-]*:/i;

/** A target for `path` as seen from `folder`; external targets (URLs) are kept as written. */
export function relativeTo(folder: string, path: string, original: string): string {
  if (URL_TARGET.test(original)) return original;
  return path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : `/${path}`;
}

function escAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

export function relationshipsXml(rels: Relationship[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels
      .map((r) => `<Relationship Id="${escAttr(r.id)}" Type="${escAttr(r.type)}" Target="${escAttr(r.target)}"${r.mode ? ` TargetMode="${escAttr(r.mode)}"` : ''}/>`)
      .join('') +
    '</Relationships>'
  );
}

/** `path` relative to `folder`: from `xl/worksheets`, `xl/drawings/d1.xml` is `../drawings/d1.xml`. */
function relativePath(folder: string, path: string): string {
  const from = folder ? folder.split('/') : [];
  const to = path.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...new Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

/** The relationships of a part that moved from `oldFolder` to `newFolder`, their targets rewritten. */
export function movedRelationships(xml: string, oldFolder: string, newFolder: string): string {
  if (oldFolder === newFolder) return xml;
  const rels = relationships(xml).map((r) =>
    r.mode === 'External' || URL_TARGET.test(r.target) ? r : { ...r, target: relativePath(newFolder, resolvePart(oldFolder, r.target)) },
  );
  return relationshipsXml(rels);
}
