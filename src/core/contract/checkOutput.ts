/**
 * The published shape of `cchc check --json`: one document with every workbook's reading (or why
 * it could not be read). docs/json/check.schema.json is generated from this schema by zod's own
 * toJSONSchema (test/contract/schemas.test.ts keeps it current); the assertions at the end make
 * `tsc` fail when the code's output and this schema part.
 */
import { z } from 'zod';
import { budgetSchema, indicatorSchema, milestoneSchema, targetSchema, taskSchema } from '../schema';
import type { FindingJson, workbookJson } from '../report/checkJson';
import { assertSameShape } from './sameShape';
import { SCHEMA_VERSION } from './version';
import { checkTimings, isoDate, severity, tablePlace } from './common';

export const checkFindingSchema = z
  .object({
    code: z.string().describe('Stable kebab-case code, e.g. missing-lead'),
    severity,
    sheet: z.string().nullable(),
    row: z.number().int().nullable().describe('Physical row as Excel shows it'),
    cell: z.string().nullable().describe('A1 address, e.g. G16'),
    value: z.string().nullable().describe('The offending cell value as read'),
    message: z.string().describe('Rendered in the language asked for (--lang)'),
    table: tablePlace.optional(),
  })
  .strict();

export const tableReadingSchema = z
  .object({
    kind: z.enum(['targets', 'tasks']),
    sheet: z.string(),
    headerRow: z.number().int(),
    headerRows: z.number().int().min(1).max(3),
    numberingRow: z.number().int().nullable(),
    firstDataRow: z.number().int(),
    lastDataRow: z.number().int(),
    repeatedHeaderRows: z.array(z.number().int()),
    columns: z.array(
      z.object({ role: z.string(), column: z.string(), header: z.string(), overridden: z.boolean() }).strict(),
    ),
  })
  .strict();

const taskJsonSchema = taskSchema
  .extend({
    timeframe: z
      .object({
        text: z.string(),
        due: isoDate.nullable(),
        milestones: z.array(milestoneSchema.strict()),
        recurring: z.boolean(),
        condition: z.string().nullable(),
      })
      .strict(),
    budget: budgetSchema.strict(),
  })
  .strict();

export const workbookReadingSchema = z
  .object({
    file: z.string(),
    planYear: z.number().int().nullable(),
    plan: z.object({ number: z.string().nullable(), issued: isoDate.nullable() }).strict(),
    tables: z.array(tableReadingSchema),
    targets: z.array(targetSchema.extend({ indicators: z.array(indicatorSchema.strict()) }).strict()),
    tasks: z.array(taskJsonSchema),
    findings: z.array(checkFindingSchema),
    summary: z
      .object({
        targets: z.number().int(),
        indicators: z.number().int(),
        tasks: z.number().int(),
        error: z.number().int(),
        warning: z.number().int(),
        info: z.number().int(),
        valid: z.boolean(),
        partial: z.boolean().describe('True when the findings list was cut at its cap (errors are kept first)'),
      })
      .strict(),
  })
  .strict();

export const workbookErrorSchema = z
  .object({ file: z.string(), error: z.object({ reason: z.string(), message: z.string() }).strict() })
  .strict();

export const checkOutputSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    workbooks: z.array(z.union([workbookReadingSchema, workbookErrorSchema])),
    timings: checkTimings.optional(),
  })
  .strict()
  .meta({ title: 'cchc check --json', description: 'The reading and findings of each plan workbook checked.' });

export type CheckOutput = z.infer<typeof checkOutputSchema>;

assertSameShape<z.infer<typeof workbookReadingSchema>, ReturnType<typeof workbookJson>>(true);
assertSameShape<z.infer<typeof checkFindingSchema>, FindingJson>(true);
