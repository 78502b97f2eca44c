/**
 * A plan table on a sheet whose merged areas the host could not read (Excel refuses them past its
 * limits: `Grid.mergesUnread`). A value merged down over several rows then reads as belonging to
 * its first row only, so the rows under it may be reported as missing a lead, a deadline or an
 * area: the user must be told the findings of that sheet stand on an incomplete reading. One
 * finding per sheet, at the table's header.
 */
import type { MessageCatalog } from '../findings/catalog';
import { finding, type Check } from './context';

export const mergesUnread: Check = (ctx) => {
  const seen = new Set<string>();
  return ctx.tables.flatMap((t) => {
    if (!t.located.view.grid.mergesUnread || seen.has(t.sheet)) return [];
    seen.add(t.sheet);
    return [finding('merges-unread', { sheet: t.sheet, row: t.located.header.headerRow, column: null })];
  });
};

export const mergesUnreadMessages: MessageCatalog<'merges-unread'> = {
  'merges-unread': {
    vi: (f) =>
      `Excel không cho đọc các ô gộp của trang tính ${f.sheet} (quá nhiều ô gộp): giá trị gộp qua nhiều dòng chỉ được tính cho dòng đầu, nên các dòng dưới có thể bị báo thiếu. Hãy kiểm tra tệp này bằng cchc check hoặc mở nó trong pane ngoài Excel.`,
    en: (f) =>
      `Excel would not give the merged cells of sheet ${f.sheet} (too many merged areas): a value merged over several rows counts for its first row only, so the rows below may be reported as missing it. Check this file with cchc check, or open it in the pane outside Excel.`,
  },
};
