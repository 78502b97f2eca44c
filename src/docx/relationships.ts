/** The targets of a part's relationships of one type (`…/officeDocument`, `…/numbering`). */
import { parseXml } from './xml';

export function relationshipTargets(relsXml: string, typeSuffix: string): string[] {
  if (!relsXml) return [];
  const out: string[] = [];
  parseXml(
    relsXml,
    {
      open: (el) => {
        if (el.local === 'Relationship' && el.attrs.Type?.endsWith(typeSuffix) && el.attrs.TargetMode !== 'External' && el.attrs.Target) out.push(el.attrs.Target);
      },
      close: () => {},
      text: () => {},
    },
    16,
  );
  return out;
}
