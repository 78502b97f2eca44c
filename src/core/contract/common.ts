/** Pieces both JSON documents share: dates, places, timings. */
import { z } from 'zod';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A date, YYYY-MM-DD');

export const severity = z.enum(['error', 'warning', 'info']);

/** In a Word table: the table, row and column as Word numbers them, and the place in words. */
export const tablePlace = z
  .object({
    table: z.number().int(),
    part: z.enum(['title', 'body', 'closing']),
    row: z.number().int().nullable(),
    column: z.number().int().nullable(),
    place: z.string(),
  })
  .strict();

/** A file that could not be read: why (a stable reason code) and the one line shown for it. */
export const unreadableFile = z.object({ file: z.string(), reason: z.string(), message: z.string() }).strict();

export const checkTimings = z.object({ readMs: z.number(), checkMs: z.number(), totalMs: z.number() }).strict();
export const consolidateTimings = z
  .object({ readMs: z.number(), checkMs: z.number(), consolidateMs: z.number(), totalMs: z.number() })
  .strict();
