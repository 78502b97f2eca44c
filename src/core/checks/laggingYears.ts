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

export const RE_NAM_YEAR = /\bnam\s+((?:19|20)\d{2})\b/g;

/**
 * The pattern asks for a year of exactly four digits, 19xx or 20xx, standing on its own in the
 * folded text. Folding makes no digit out of anything but markup or an entity (`&#50;`), and joins
 * digits only across what it drops (a soft hyphen, a zero-width space: characters beyond ASCII).
 * So a text without `&` or `<` names a year only if, reading its digits through any non-ASCII
 * characters, some run of digits is four long and starts 19 or 20; any other text is not folded at
 * all (most task texts and deliverables of a big plan, `Nhiệm vụ số 12345` among them). Exported
 * for the property test that holds it to the pattern.
 */
export function mayNameYear(text: string): boolean {
  if (text.includes('&') || text.includes('<')) return true;
  let digits = 0;
  let lead = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 48 && c <= 57) {
      if (digits < 2) lead = lead * 10 + (c - 48);
      digits++;
    } else if (c < 128) {
      if (digits === 4 && (lead === 19 || lead === 20)) return true;
      digits = 0;
      lead = 0;
    }
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
