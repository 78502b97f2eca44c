/** Colours for a layout's tones, Excel's own conditional-format palette so reports look native. */
import type { Tone } from '../core/report/layout';

export interface ToneStyle {
  fill?: string;
  font?: string;
  bold?: boolean;
  size?: number;
}

export const TONES: Record<Tone, ToneStyle> = {
  title: { bold: true, size: 13, font: '#1F3864' },
  header: { fill: '#D9E1F2', bold: true },
  met: { fill: '#C6EFCE', font: '#006100' },
  notMet: { fill: '#FFC7CE', font: '#9C0006' },
  notApplicable: { fill: '#EDEDED', font: '#595959' },
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E78' },
  muted: { font: '#808080' },
};
