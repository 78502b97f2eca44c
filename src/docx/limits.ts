/**
 * What a Word document may cost us before we refuse it. A plan with its appendices is a few hundred
 * kilobytes; the limits leave room for a province's longest and stop a hostile file early.
 */
import { WorkbookReadError } from '../xlsx/readErrors';

export interface DocxLimits {
  /** The file itself. */
  maxFileBytes: number;
  /** What the package declares it unpacks to (all parts), and what the parts we unpack do. */
  maxUnpackedBytes: number;
  /** Cells over every table of the document. */
  maxCells: number;
  /** XML elements open at once; Word nests a few dozen at most (tables in tables in content controls). */
  maxDepth: number;
}

export const DEFAULT_DOCX_LIMITS: Readonly<DocxLimits> = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUnpackedBytes: 500 * 1024 * 1024,
  maxCells: 2_000_000,
  maxDepth: 256,
};

export function docxLimitsOf(partial: Partial<DocxLimits> = {}): DocxLimits {
  return { ...DEFAULT_DOCX_LIMITS, ...partial };
}

export function tooLarge(what: string, limit: number, actual: number): WorkbookReadError {
  return new WorkbookReadError('document-too-large', `${what}: ${actual}, over the limit of ${limit}`, {
    limit,
    actual,
  });
}
