/**
 * The header vocabulary of plan tables: every wording real plans use for each column, as data, in
 * one place. Patterns are folded keys (see foldKey: no diacritics, lower case, punctuation as
 * spaces), so `Cơ quan, đơn vị chủ trì`, `CO QUAN DON VI CHU TRI` and `Cơ quan/đơn vị chủ trì` are
 * all `co quan don vi chu tri`. A header cell names a role when its key equals a pattern or holds it
 * as whole words; the longest pattern wins, so `thoi gian bat dau` beats `thoi gian`.
 *
 * To add a synonym: fold it the same way (lower case, no diacritics, `đ` → `d`, punctuation → one
 * space) and append it to its role below; test/core/tableModel.test.ts reads every pattern back
 * through foldKey, so a pattern that could never match fails there.
 */

/** What a column of a plan table holds. */
export type PlanRole =
  'stt' | 'text' | 'area' | 'products' | 'lead' | 'coordinators' | 'timeframe' | 'start' | 'budget' | 'note';

/** Roles a user may name with `--columns`, in the order the reading shows them. */
export const PLAN_ROLE_ORDER: readonly PlanRole[] = [
  'stt',
  'area',
  'text',
  'products',
  'lead',
  'coordinators',
  'start',
  'timeframe',
  'budget',
  'note',
];

export interface VocabularyEntry {
  /** The role, or `other` for columns plans add that no check reads (a result, a status). */
  role: PlanRole | 'other';
  patterns: readonly string[];
  /**
   * A generic word (`Nội dung`): it names the role only when no column names it more precisely, so
   * `Nội dung | Nhiệm vụ` reads as the area, then the task.
   */
  weak?: boolean;
  /**
   * Only under a group header of this role (`Bắt đầu | Hoàn thành` under `Thời gian thực hiện`,
   * `Chủ trì | Phối hợp` under `Cơ quan thực hiện`): alone, `Hoàn thành` names nothing.
   */
  under?: PlanRole;
}

export const PLAN_VOCABULARY: readonly VocabularyEntry[] = [
  {
    role: 'stt',
    patterns: ['stt', 'tt', 'so tt', 'so thu tu', 'thu tu', 'ma', 'ma so', 'ma nhiem vu', 'ma so nhiem vu'],
  },
  {
    role: 'text',
    patterns: [
      'nhiem vu',
      'nhiem vu cu the',
      'ten nhiem vu',
      'noi dung nhiem vu',
      'nhiem vu giai phap',
      'nhiem vu trong tam',
      'muc tieu',
      'chi tieu',
      'muc tieu chi tieu',
      'noi dung chi tieu',
      'ten chi tieu',
      'noi dung muc tieu',
      'noi dung cong viec',
      'cong viec',
      'ten cong viec',
      'noi dung thuc hien',
      'hoat dong',
      'noi dung hoat dong',
    ],
  },
  { role: 'text', patterns: ['noi dung'], weak: true },
  { role: 'area', patterns: ['noi dung'], weak: true },
  {
    role: 'area',
    patterns: [
      'noi dung cchc',
      'linh vuc',
      'linh vuc cchc',
      'noi dung cai cach hanh chinh',
      'nhom nhiem vu',
      'linh vuc cai cach',
    ],
  },
  {
    role: 'products',
    patterns: [
      'san pham',
      'san pham dau ra',
      'ket qua san pham',
      'ket qua',
      'hinh thuc san pham',
      'san pham ket qua',
      'hinh thuc van ban',
      'san pham hoan thanh',
      'ket qua dau ra',
      'hinh thuc',
    ],
  },
  {
    role: 'lead',
    patterns: [
      'co quan chu tri',
      'chu tri',
      'don vi chu tri',
      'co quan don vi chu tri',
      'don vi thuc hien',
      'co quan thuc hien',
      'co quan thuc hien chu tri',
      'don vi chiu trach nhiem',
      'co quan chiu trach nhiem',
      'phan cong thuc hien',
      'to chuc thuc hien',
      'trach nhiem thuc hien',
      'bo phan chu tri',
      'bo phan thuc hien',
    ],
  },
  {
    role: 'coordinators',
    patterns: [
      'co quan phoi hop',
      'phoi hop',
      'don vi phoi hop',
      'co quan don vi phoi hop',
      'bo phan phoi hop',
      'phoi hop thuc hien',
    ],
  },
  {
    role: 'timeframe',
    patterns: [
      'thoi gian thuc hien',
      'thoi gian',
      'thoi han',
      'thoi gian hoan thanh',
      'thoi han hoan thanh',
      'tien do',
      'tien do thuc hien',
      'tien do hoan thanh',
      'moc thoi gian',
      'han hoan thanh',
      'thoi gian ket thuc',
      'ngay hoan thanh',
    ],
  },
  // Under `Thời gian thực hiện`, the end column is the deadline; the start column is kept apart.
  { role: 'timeframe', patterns: ['hoan thanh', 'ket thuc', 'den', 'den ngay', 'den thang'], under: 'timeframe' },
  { role: 'start', patterns: ['thoi gian bat dau', 'ngay bat dau', 'bat dau thuc hien'] },
  { role: 'start', patterns: ['bat dau', 'tu', 'tu ngay', 'tu thang', 'khoi cong'], under: 'timeframe' },
  {
    role: 'budget',
    patterns: [
      'kinh phi',
      'du tru kinh phi',
      'du tru kinh phi thuc hien',
      'du toan kinh phi',
      'kinh phi thuc hien',
      'du toan',
      'kinh phi trieu dong',
      'kinh phi du kien',
      'nguon kinh phi',
      'du kien kinh phi',
    ],
  },
  // Under `Kinh phí`, the total is the budget (`Tổng số | Ngân sách | Khác`).
  { role: 'budget', patterns: ['tong', 'tong so', 'tong cong', 'tong kinh phi'], under: 'budget' },
  { role: 'note', patterns: ['ghi chu', 'luu y'] },
  // Columns real plans add beside the appendix's own: read as nothing, so they never take a role.
  {
    role: 'other',
    patterns: [
      'ket qua thuc hien',
      'tinh trang',
      'trang thai',
      'muc do hoan thanh',
      'ty le hoan thanh',
      'danh gia',
      'tu danh gia',
      'ket qua dat duoc',
    ],
  },
];

/**
 * Rows that are never a header, though they may hold header words: the national heading and the
 * lines of a document's heading block (folded keys, matched at the start of a cell).
 */
export const NEVER_HEADER =
  /^(?:cong hoa xa hoi chu nghia viet nam|doc lap tu do hanh phuc|uy ban nhan dan|ubnd|so \d|phu luc|ban hanh kem theo|kem theo)\b/;

/** Words that open a table's closing count (`Tổng cộng: 06 nội dung…`, `Cộng: 30 nhiệm vụ`). */
export const TOTAL_OPENERS = /^(?:tong cong|tong so \d|cong(?: \d|$)|tong(?: \d|$))/;

/** Words that open the signature block or distribution list after a table. */
export const FOOTER_OPENERS =
  /^(?:tm |t m |kt |k t |tl |tuq |noi nhan|nguoi lap|nguoi ky|da ky|ky ten|ky ghi ro|xac nhan cua)/;

/** Words that open the title of the next table or appendix. */
export const NEXT_TITLE_OPENERS = /^(?:phu luc|ban hanh kem theo)\b/;

/** Words that open a note row inside a table (`Ghi chú: …`, `* Lưu ý`). */
export const NOTE_OPENERS = /^(?:ghi chu|luu y|chu thich|nguon)\b/;
