/**
 * Years that lag the plan: a task or deliverable naming `năm Y` two or more years before the plan
 * year (the seed's 1.9, "tổng kết công tác CCHC năm 2022" in a 2024 plan: last year's text copied
 * forward), or a deliverable naming another year than its own task does (the seed's 2.4: task
 * "năm 2024", product "trong năm 2023"). Naming the previous year is normal — the index of year
 * N−1 is determined in year N — and stays quiet. Only `năm YYYY` counts: a year inside a document
 * number (`61/2018/NĐ-CP`) cites a law, not the work's year. When the task itself lags, its
 * deliverables are not flagged against it as well.
 */
import type { Task } from '../schema';
import { foldKey } from '../text/normalize';
import type { MessageCatalog } from '../findings/catalog';
import { quote } from '../findings/place';
import type { Check } from './context';
import { finding } from './context';

const RE_NAM_YEAR = /\bnam\s+((?:19|20)\d{2})\b/g;

/**
 * A year needs four ASCII digits in the folded text, and folding makes no digit out of anything but
 * an HTML entity (`&#50;`): a text with fewer and no `&` names no year, and is not folded at all
 * (most task texts and deliverables of a big plan are like that).
 */
function mayNameYear(text: string): boolean {
  if (text.includes('&')) return true;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits === 4) return true;
  }
  return false;
}

function yearsOf(text: string): number[] {
  if (!mayNameYear(text)) return [];
  return [...foldKey(text).matchAll(RE_NAM_YEAR)].map((m) => Number(m[1]));
}

export const laggingYears: Check = (ctx) => {
  const year = ctx.planYear;
  if (year === null) return [];
  return ctx.tables.flatMap((t) =>
    t.tasks.flatMap((task: Task) => {
      const out = [];
      const taskYears = yearsOf(task.task);
      const old = taskYears.filter((y) => y <= year - 2);
      if (old.length) {
        out.push(
          finding(
            'lagging-year',
            { sheet: t.sheet, row: task.row, column: t.columns.text ?? null },
            task.task.slice(0, 120),
            { code: task.code, year: old[0], planYear: year, kind: 'task' },
          ),
        );
      }
      for (const product of task.products) {
        const ys = yearsOf(product);
        const oldP = ys.filter((y) => y <= year - 2);
        const other = old.length || !taskYears.length ? [] : ys.filter((y) => !taskYears.includes(y));
        if (!oldP.length && !other.length) continue;
        out.push(
          finding(
            'lagging-year',
            { sheet: t.sheet, row: task.row, column: t.columns.products ?? null },
            product.slice(0, 120),
            {
              code: task.code,
              year: oldP[0] ?? other[0],
              planYear: year,
              kind: oldP.length ? 'product' : 'product-vs-task',
              taskYear: taskYears.join(', '),
            },
          ),
        );
        break; // one finding per task's deliverables is enough to send the reader there
      }
      return out;
    }),
  );
};

export const laggingYearMessages: MessageCatalog<'lagging-year'> = {
  'lagging-year': {
    vi: (f) =>
      f.params.kind === 'product-vs-task'
        ? `Nhiệm vụ ${f.params.code}: sản phẩm ghi năm ${f.params.year}, khác năm của nhiệm vụ (${f.params.taskYear}): ${quote(f.value)}.`
        : `Nhiệm vụ ${f.params.code}: ${f.params.kind === 'task' ? 'nội dung' : 'sản phẩm'} ghi năm ${f.params.year}, trước năm kế hoạch ${f.params.planYear} từ hai năm trở lên (có thể chép từ kế hoạch cũ): ${quote(f.value)}.`,
    en: (f) =>
      f.params.kind === 'product-vs-task'
        ? `Task ${f.params.code}: a deliverable names ${f.params.year}, not its task's year (${f.params.taskYear}): ${quote(f.value)}.`
        : `Task ${f.params.code}: its ${f.params.kind === 'task' ? 'text' : 'deliverable'} names ${f.params.year}, two or more years before the plan year ${f.params.planYear} (copied from an old plan?): ${quote(f.value)}.`,
  },
};
