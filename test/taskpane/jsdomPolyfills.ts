/**
 * jsdom leaves out a few globals that browsers and Node both have; the .xlsx host (exceljs, the
 * sheet-XML reader) needs them when a pane test reads a real workbook. No-op under Node.
 */
import { TextDecoder, TextEncoder } from 'util';

const g = globalThis as Record<string, unknown>;
if (typeof g.TextDecoder === 'undefined') g.TextDecoder = TextDecoder;
if (typeof g.TextEncoder === 'undefined') g.TextEncoder = TextEncoder;
