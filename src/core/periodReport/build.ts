/**
 * Assembles the period report from a consolidation: the heading and title of Nghị định 30/2020,
 * the figures as reports state them (`đã hoàn thành 31/75 nhiệm vụ, đạt 41,33%`), the Government
 * Office's status breakdown, the indicator table (target, Σ counts, rate, met), the units that did
 * not report, and the findings as an annex. Pure: the host lays the model out.
 */
import type { ConsolidationResult, TaskTiming } from '../consolidate/types';
import { COMPARATOR_SIGN } from '../consolidate/planItems';
import { placeOf, renderMessage } from '../findings/render';
import { SEVERITY_ORDER } from '../findings/finding';
import { formatDate, formatNumber, formatPercent } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { SEVERITY_LABELS } from '../i18n/severity';
import { type Issuer, issuerLines } from './issuer';
import type { PeriodReportModel, ReportBlock, ReportPeriod } from './model';
import { periodName, periodOfDate } from './period';
import { REPORT_WORDS } from './words';

/** The annex stays a document one can print: past this many findings, the workbook lists the rest. */
export const MAX_ANNEX_FINDINGS = 500;

/** The Government Office's breakdown, in the order reports give it. */
const TIMINGS: readonly TaskTiming[] = ['done-on-time', 'done-late', 'in-time', 'overdue'];

export interface PeriodReportInput {
  result: ConsolidationResult;
  plan: { number: string | null; issued: string | null };
  /** The body issuing the report (from the plan's titles, or given); null leaves a placeholder. */
  issuer: Issuer | null;
  /** The period covered; when absent, the consolidation's, else the reporting window the as-of date falls in. */
  period?: ReportPeriod | null;
  /** The report's date (ISO); when null, day and month are left to fill. */
  date?: string | null;
  /** True when the expected units were listed, so those that did not report are known. */
  unitsListed: boolean;
  lang: Lang;
}

function pct(n: number | null, lang: Lang): string {
  return n === null ? '' : formatPercent(n, lang, 2);
}

export function buildPeriodReport(input: PeriodReportInput): PeriodReportModel {
  const { result, lang } = input;
  const w = REPORT_WORDS[lang];
  const period = input.period ?? result.period ?? periodOfDate(result.asOf, result.planYear);
  // The data window is the consolidation's period's; a period given here has none to quote.
  const window = !input.period && result.period ? { from: result.period.from, to: result.period.to } : null;
  const periodText = periodName(period, lang);
  const issuer = input.issuer;
  const committee = issuer?.isCommittee ?? true;
  const number = w.number(committee);
  const place = issuer?.place ?? w.placeUnknown;
  const date = input.date ? input.date.split('-') : null;
  const placeDate = w.date(
    place,
    date
      ? { day: date[2], month: date[1], year: date[0] }
      : { day: w.blank, month: w.blank, year: String(period.year) },
  );
  const plan = input.plan.number
    ? w.plan(input.plan.number, input.plan.issued ? formatDate(input.plan.issued) : null)
    : null;
  const body: ReportBlock[] = [];
  const issuerName = issuer?.name ?? w.issuerUnknown;
  body.push({
    kind: 'paragraph',
    text: w.intro(
      plan,
      issuerName,
      periodText,
      window ? formatDate(window.from) : null,
      formatDate(window?.to ?? result.asOf),
    ),
  });

  // I.1 Tasks: done out of planned, done out of due (the consolidation's headline), the breakdown, the overdue ones by name.
  const tasks = result.tasks;
  const h = result.headline.tasks;
  const counts: Record<TaskTiming, number> = {
    'done-on-time': h.doneOnTime,
    'done-late': h.doneLate,
    'in-time': h.inTime,
    overdue: h.overdue,
  };
  const done = h.doneOnTime + h.doneLate;
  body.push({ kind: 'heading', text: w.partTasks }, { kind: 'subheading', text: w.tasksHeading });
  body.push({
    kind: 'paragraph',
    text: w.tasksHeadline(h.total, done, h.total ? pct((100 * done) / h.total, lang) : null),
  });
  if (h.total > 0)
    body.push({ kind: 'paragraph', text: w.tasksDue(formatDate(result.asOf), h.due, h.done, pct(h.rate, lang)) });
  if (tasks.length > 0) {
    body.push({
      kind: 'table',
      columns: [
        { header: w.timingHeader[0], width: 56, align: 'left' },
        { header: w.timingHeader[1], width: 22, align: 'center' },
        { header: w.timingHeader[2], width: 22, align: 'center' },
      ],
      rows: TIMINGS.map((t) => [w.timing[t], String(counts[t]), pct((100 * counts[t]) / h.total, lang)]),
      totalRow: [w.total, String(h.total), pct(100, lang)],
    });
    const overdue = tasks.filter((t) => t.timing === 'overdue');
    if (overdue.length > 0) {
      body.push({ kind: 'paragraph', text: w.overdueList });
      for (const t of overdue)
        body.push({ kind: 'paragraph', text: w.overdueItem(t.code, t.task, t.lead, formatDate(t.due)) });
    }
  }

  // I.2 Indicators: Σ counts and the rate computed from them.
  const inds = result.indicators;
  const reported = inds.filter((i) => i.met !== null);
  body.push({ kind: 'subheading', text: w.indicatorsHeading });
  body.push({
    kind: 'paragraph',
    text: w.indicatorsHeadline(reported.length, reported.filter((i) => i.met).length, inds.length),
  });
  if (inds.length > 0) {
    body.push({
      kind: 'table',
      columns: [
        { header: w.indicatorHeader[0], width: 7, align: 'center' },
        { header: w.indicatorHeader[1], width: 33, align: 'left' },
        { header: w.indicatorHeader[2], width: 10, align: 'center' },
        { header: w.indicatorHeader[3], width: 9, align: 'right' },
        { header: w.indicatorHeader[4], width: 9, align: 'right' },
        { header: w.indicatorHeader[5], width: 10, align: 'right' },
        { header: w.indicatorHeader[6], width: 11, align: 'center' },
        { header: w.indicatorHeader[7], width: 11, align: 'center' },
      ],
      rows: inds.map((i) => [
        i.id,
        i.text,
        `${COMPARATOR_SIGN[i.comparator]} ${formatPercent(i.target, lang)}`,
        i.rate === null ? '' : formatNumber(i.numerator, lang),
        i.rate === null ? '' : formatNumber(i.denominator, lang),
        pct(i.rate, lang),
        i.met === null ? w.noData : i.met ? w.met : w.notMet,
        String(i.units.length),
      ]),
    });
    body.push({ kind: 'paragraph', text: w.rateNote, italic: true });
  }

  // I.3 Units: who reported, who did not.
  body.push({ kind: 'subheading', text: w.unitsHeading });
  const reportedUnits = new Set(result.submissions.map((s) => s.unit));
  body.push({ kind: 'paragraph', text: w.unitsReported(reportedUnits.size) });
  const missing = result.findings.filter((f) => f.code === 'missing-submission').map((f) => String(f.params.unit));
  if (!input.unitsListed) body.push({ kind: 'paragraph', text: w.unitsUnknown });
  else body.push({ kind: 'paragraph', text: missing.length ? w.unitsMissing(missing.join('; ')) : w.unitsAllIn });
  body.push({ kind: 'paragraph', text: w.findingsNote(result.findings.length) });

  for (const part of [w.partIssues, w.partNext, w.partProposals])
    body.push({ kind: 'heading', text: part }, { kind: 'placeholder', text: w.fill });
  body.push({ kind: 'paragraph', text: w.closing(issuerName) });

  return {
    issuerParent: null,
    issuer: issuer ? issuerLines(issuer) : [w.issuerUnknown],
    number,
    nation: w.nation,
    motto: w.motto,
    placeDate,
    kind: w.kind,
    title: w.title(periodText),
    body,
    recipientsLabel: w.recipientsLabel,
    recipients: [...w.recipients],
    signature: [...(committee ? w.signatureCommittee : w.signatureOther), w.signHere, w.signName],
    annex: result.findings.length > 0 ? annexOf(result, number, lang) : null,
  };
}

function annexOf(result: ConsolidationResult, number: string, lang: Lang): PeriodReportModel['annex'] {
  const w = REPORT_WORDS[lang];
  const sorted = [...result.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const shown = sorted.slice(0, MAX_ANNEX_FINDINGS);
  const body: ReportBlock[] = [
    {
      kind: 'table',
      columns: [
        { header: w.annexHeader[0], width: 7, align: 'center' },
        { header: w.annexHeader[1], width: 12, align: 'center' },
        { header: w.annexHeader[2], width: 21, align: 'left' },
        { header: w.annexHeader[3], width: 17, align: 'left' },
        { header: w.annexHeader[4], width: 43, align: 'left' },
      ],
      rows: shown.map((f, i) => [
        String(i + 1),
        SEVERITY_LABELS[lang][f.severity],
        [typeof f.params.unit === 'string' ? f.params.unit : '', f.file ?? ''].filter(Boolean).join(' · '),
        placeOf(f, lang),
        renderMessage(f, lang),
      ]),
    },
  ];
  if (shown.length < sorted.length)
    body.push({ kind: 'paragraph', text: w.annexCut(shown.length, sorted.length), italic: true });
  return {
    label: w.annexLabel,
    title: w.annexTitle,
    subtitle: w.annexSubtitle(number.replace(/^(Số|No\.):\s*/, '').replace(/\s+/g, ' ')),
    body,
  };
}
