/**
 * The published shape of `cchc consolidate --json`: the consolidation result with each finding
 * flattened and its message rendered, plus the files that could not be read. The document is
 * generated into docs/json/consolidate.schema.json (test/contract/schemas.test.ts); the assertion
 * at the end makes `tsc` fail when the code's output and this schema part.
 */
import { z } from 'zod';
import { comparatorSchema } from '../schema';
import type { ConsolidationJson } from '../consolidate/json';
import { assertSameShape } from './sameShape';
import { SCHEMA_VERSION } from './version';
import { consolidateTimings, isoDate, severity, unreadableFile } from './common';

const taskState = z.enum(['done', 'in-progress', 'not-started']);
const taskStatus = z.enum(['done', 'in-progress', 'not-started', 'unreported']);
const taskTiming = z
  .enum(['done-on-time', 'done-late', 'in-time', 'overdue'])
  .describe('As reports count tasks: done on time, done late, not done but within time, overdue');
const unitState = z.enum(['included', 'not-applicable', 'rate-only', 'invalid', 'duplicate', 'absent']);

export const consolidateFindingSchema = z
  .object({
    code: z.string(),
    severity,
    unit: z.string().nullable(),
    indicator: z.string().nullable(),
    task: z.string().nullable(),
    file: z.string().nullable(),
    sheet: z.string().nullable(),
    row: z.number().int().nullable(),
    cell: z.string().nullable(),
    value: z.string().nullable(),
    message: z.string(),
  })
  .strict();

const submissionSchema = z
  .object({
    unit: z.string(),
    file: z.string().nullable(),
    sheet: z.string(),
    period: z.string().nullable(),
    periodKey: z.string().nullable().optional().describe('The period the text names, e.g. 2025-q1'),
    used: z.boolean().optional().describe("False for a copy superseded or left out, or another period's report"),
  })
  .strict();

const perUnitSchema = z
  .object({
    unit: z.string(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    rate: z.number().nullable().describe('0–100, unrounded'),
    met: z.boolean().nullable(),
    included: z.boolean(),
    state: unitState,
    file: z.string().nullable(),
    sheet: z.string(),
  })
  .strict();

const indicatorSchema = z
  .object({
    id: z.string(),
    stt: z.number().int().nullable(),
    text: z.string(),
    target: z.number(),
    comparator: comparatorSchema,
    numerator: z.number(),
    denominator: z.number(),
    rate: z.number().nullable().describe('100·Σnumerators/Σdenominators over the included units, unrounded'),
    met: z.boolean().nullable(),
    units: z.array(z.string()),
    perUnit: z.array(perUnitSchema),
  })
  .strict();

const taskReportSchema = z
  .object({ unit: z.string(), status: taskState, doneDate: isoDate.nullable(), timing: taskTiming.optional() })
  .strict();

const taskSchema = z
  .object({
    code: z.string(),
    task: z.string(),
    lead: z.string(),
    due: isoDate.nullable(),
    status: taskStatus,
    overdue: z.boolean(),
    timing: taskTiming,
    dueSoon: z.boolean(),
    doneDate: isoDate.nullable(),
    reports: z.array(taskReportSchema),
  })
  .strict();

const taskHeadline = z
  .object({
    total: z.number().int(),
    due: z.number().int(),
    done: z.number().int(),
    rate: z.number().nullable(),
    doneOnTime: z.number().int(),
    doneLate: z.number().int(),
    inTime: z.number().int(),
    overdue: z.number().int(),
    doneAhead: z.number().int(),
    dueSoon: z.number().int(),
    undated: z.number().int(),
  })
  .strict();

const indicatorHeadline = z
  .object({ reported: z.number().int(), met: z.number().int(), rate: z.number().nullable() })
  .strict();

const headlineSchema = z
  .object({
    tasks: taskHeadline,
    indicators: indicatorHeadline,
    units: z.array(
      z
        .object({
          unit: z.string(),
          file: z.string().nullable(),
          sheet: z.string(),
          tasks: taskHeadline,
          indicators: indicatorHeadline,
          rank: z.number().int().nullable(),
        })
        .strict(),
    ),
  })
  .strict();

const periodKind = z.enum(['q1', 'q2', 'h1', 'q3', 'm9', 'q4', 'year']);

const periodSchema = z
  .object({
    kind: periodKind,
    year: z.number().int(),
    key: z.string(),
    from: isoDate,
    to: isoDate,
    due: isoDate,
    label: z.string(),
  })
  .strict()
  .describe("The reporting period and its data window, as the Ministry's reporting regime fixes them");

const cellChange = z.object({ cell: z.string().nullable(), value: z.string().nullable() }).strict();

const resubmissionSchema = z
  .object({
    unit: z.string(),
    period: z.string().nullable(),
    copies: z.array(
      z
        .object({
          file: z.string().nullable(),
          sheet: z.string(),
          reportDate: isoDate.nullable(),
          modified: z.string().nullable(),
        })
        .strict(),
    ),
    used: z.number().int().nullable(),
    basis: z.enum(['report-date', 'modified']).nullable(),
    changes: z.array(
      z
        .object({
          kind: z.enum(['indicator', 'task', 'period']),
          key: z.string().nullable(),
          field: z.string(),
          from: cellChange,
          to: cellChange,
        })
        .strict(),
    ),
  })
  .strict();

const periodPoint = z
  .object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable(), met: z.boolean().nullable() })
  .strict();

const seriesSchema = z
  .object({
    periods: z.array(
      z
        .object({ key: z.string(), label: z.string(), from: isoDate, to: isoDate, submissions: z.number().int() })
        .strict(),
    ),
    indicators: z.array(
      z
        .object({
          id: z.string(),
          target: z.number(),
          comparator: comparatorSchema,
          points: z.array(periodPoint.nullable()),
        })
        .strict(),
    ),
    tasks: z.array(
      z
        .object({
          code: z.string(),
          points: z.array(z.object({ status: taskStatus, timing: taskTiming }).strict().nullable()),
        })
        .strict(),
    ),
  })
  .strict();

export const consolidationSchema = z
  .object({
    planYear: z.number().int().nullable(),
    asOf: isoDate,
    submissions: z.array(submissionSchema),
    indicators: z.array(indicatorSchema),
    tasks: z.array(taskSchema),
    findings: z.array(consolidateFindingSchema),
    period: periodSchema.nullable(),
    dueSoonDays: z.number().int(),
    headline: headlineSchema,
    resubmissions: z.array(resubmissionSchema),
    series: seriesSchema.nullable(),
  })
  .strict();

export const consolidateOutputSchema = consolidationSchema
  .extend({
    schemaVersion: z.literal(SCHEMA_VERSION),
    unreadable: z.array(unreadableFile),
    timings: consolidateTimings.optional(),
  })
  .strict()
  .meta({
    title: 'cchc consolidate --json',
    description:
      "Each indicator's consolidated rate against its target, each task's status, the headline figures and the findings.",
  });

export type ConsolidateOutput = z.infer<typeof consolidateOutputSchema>;

assertSameShape<z.infer<typeof consolidationSchema>, ConsolidationJson>(true);
