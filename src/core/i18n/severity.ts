/** The words for a finding's severity, for every host: one finding ("Lỗi") and a group of them ("Errors"). */
import type { Severity } from '../schema';
import type { Lang } from './lang';

export const SEVERITY_LABELS: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

/** Headings over a group of findings; Vietnamese needs no plural. */
export const SEVERITY_GROUP_LABELS: Record<Lang, Record<Severity, string>> = {
  vi: SEVERITY_LABELS.vi,
  en: { error: 'Errors', warning: 'Warnings', info: 'Info' },
};
