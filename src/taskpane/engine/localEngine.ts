/**
 * The engine on the pane's own thread: where no Web Worker exists (jsdom in the tests, a webview
 * without workers). Same results as the worker; only the pane's responsiveness differs.
 */
import type { PlanReading } from '../../core/readPlan';
import { throwIfCancelled } from '../../host/task';
import type { Submission } from '../../core/consolidate';
import type { WorkbookConsolidation } from '../../core/workflow/consolidateWorkbook';
import { peekGrids, runGridJob, submissionsOfFile } from './jobs';
import type { PaneEngine } from './types';

const loadReader = () => import(/* webpackChunkName: "xlsx" */ '../../docx/readAnyFile');

export function createLocalEngine(): PaneEngine {
  return {
    kind: 'main-thread',
    async readWorkbook(data, options) {
      const { readWorkbookOrDocument } = await loadReader();
      throwIfCancelled(options.signal);
      const grids = await readWorkbookOrDocument(data);
      throwIfCancelled(options.signal);
      return grids;
    },
    async check(grids, file, options, columns) {
      throwIfCancelled(options.signal);
      return runGridJob({ job: 'check', file, columns }, grids) as PlanReading;
    },
    async plan(grids, file, options, columns) {
      throwIfCancelled(options.signal);
      return runGridJob({ job: 'plan', file, columns }, grids) as PlanReading;
    },
    async consolidate(grids, file, asOf, options, settings) {
      throwIfCancelled(options.signal);
      return runGridJob({ job: 'consolidate', file, asOf, settings }, grids) as WorkbookConsolidation;
    },
    async workbookSubmissions(grids, file, options) {
      throwIfCancelled(options.signal);
      return runGridJob({ job: 'submissions', file }, grids) as Submission[];
    },
    async summarize(grids, file, asOf, submissions, findings, options, settings) {
      throwIfCancelled(options.signal);
      return runGridJob(
        { job: 'summarize', file, asOf, submissions: [...submissions], findings: [...findings], settings },
        grids,
      ) as WorkbookConsolidation;
    },
    async readSubmissions(data, file, options) {
      const grids = await this.readWorkbook(data, options);
      return submissionsOfFile(grids, file);
    },
    async peek(data, sheet, row, column, options) {
      const grids = await this.readWorkbook(data, options);
      return peekGrids(grids, sheet, row, column);
    },
  };
}
