/**
 * The reading of a plan workbook, as zod schemas; the TypeScript types are inferred from them so
 * the JSON the CLI prints and the objects the pane shows cannot drift apart.
 */
import { z } from 'zod';

export const comparatorSchema = z.enum(['>=', '>', '<', '<=']);
export type Comparator = z.infer<typeof comparatorSchema>;

export const indicatorSchema = z.object({
  id: z.string(),
  threshold: z.number().min(0).max(100),
  comparator: comparatorSchema,
});
export type Indicator = z.infer<typeof indicatorSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const milestoneSchema = z.object({ from: isoDate.nullable(), to: isoDate });
export type Milestone = z.infer<typeof milestoneSchema>;

export const timeframeSchema = z.object({
  text: z.string(),
  /** The final due date (ISO), null when the text names no date or cannot be read. */
  due: isoDate.nullable(),
  milestones: z.array(milestoneSchema),
  /** Work that recurs through the period (`Trong năm (theo phân kỳ)`, `Hằng quý`, `Thường xuyên`). */
  recurring: z.boolean(),
  /** A condition the timing depends on (`khi có hướng dẫn của Tỉnh`), or an event with no date. */
  condition: z.string().nullable(),
  /** How the text was understood: dated, undated (known to name no date), unparsed, empty. */
  kind: z.enum(['dated', 'undated', 'unparsed', 'empty']),
});
export type Timeframe = z.infer<typeof timeframeSchema>;

export const budgetSchema = z.object({
  /** Millions of đồng. */
  amount: z.number().nullable(),
  note: z.string().nullable(),
});
export type Budget = z.infer<typeof budgetSchema>;

export const targetSchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  section: z.string().nullable(),
  sectionTitle: z.string().nullable(),
  stt: z.number().int().nullable(),
  text: z.string(),
  lead: z.string(),
  coordinators: z.string(),
  indicators: z.array(indicatorSchema),
});
export type Target = z.infer<typeof targetSchema>;

export const taskSchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  area: z.number().int().nullable(),
  areaTitle: z.string().nullable(),
  code: z.string(),
  task: z.string(),
  products: z.array(z.string()),
  lead: z.string(),
  coordinators: z.string(),
  timeframe: timeframeSchema,
  budget: budgetSchema,
});
export type Task = z.infer<typeof taskSchema>;

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

/** A plan reference as a title row cites it: `3838/KH-UBND ngày 28/12/2023`. */
export const planReferenceSchema = z.object({
  number: z.string(),
  kind: z.string(),
  issued: isoDate.nullable(),
  sheet: z.string(),
  row: z.number().int(),
  column: z.string(),
  text: z.string(),
});
export type PlanReference = z.infer<typeof planReferenceSchema>;
