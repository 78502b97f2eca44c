/** The .docx host's rules, each on a small document written the way Word writes it. */
import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../src/docx/readDocument';
import { readDocxFile } from '../../src/docx/readFile';
import { isWorkbookReadError } from '../../src/xlsx/readErrors';
import { compoundFile } from '../xlsx/helpers/badFiles';
import { type Block, type Cell, docxPackage, p, type Table } from './wordml';

const cell = (text: string, extra: Partial<Cell> = {}): Cell => ({
  paras: text ? text.split('\n').map((t) => p(t)) : [],
  ...extra,
});
const table = (rows: Cell[][], widths = [1000, 1000, 1000]): Table => ({ kind: 'table', widths, rows });

function reasonOf(f: () => unknown): string {
  try {
    f();
    return 'no error';
  } catch (e) {
    return isWorkbookReadError(e) ? e.reason : `not a read error: ${(e as Error).message}`;
  }
}

/** The document.xml of a package, with `body` as its body. */
const withBody = (body: string) =>
  docxPackage([], {
    documentXml: `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });

describe('Word tables as Grids', () => {
  it('spans across (gridSpan) and down (vMerge) become merged areas, the value in the top-left only', () => {
    const [g] = readDocx(
      docxPackage([
        table([
          [cell('TT'), cell('Nội dung', { span: 2 })],
          [cell('1', { vMerge: 'restart' }), cell('a'), cell('b')],
          [cell('ignored', { vMerge: 'continue' }), cell('c'), cell('d')],
          [cell('2'), cell('e', { span: 2, vMerge: 'restart' })],
          [cell(''), cell('', { span: 2, vMerge: 'continue' })],
        ]),
      ]),
    );
    expect(g.values).toEqual([
      ['TT', 'Nội dung', null],
      ['1', 'a', 'b'],
      [null, 'c', 'd'],
      ['2', 'e', null],
      [null, null, null],
    ]);
    expect(g.merges).toEqual([
      { startRow: 1, startCol: 2, endRow: 1, endCol: 3 },
      { startRow: 2, startCol: 1, endRow: 3, endCol: 1 },
      { startRow: 4, startCol: 2, endRow: 5, endCol: 3 },
    ]);
    expect(g.wordTable).toEqual({ index: 1, firstRow: 1, lastRow: 5 });
  });

  it("joins a cell's paragraphs and list items by line breaks, with the labels Word shows", () => {
    const [g] = readDocx(
      docxPackage([
        table(
          [
            [
              {
                paras: [
                  p('Sản phẩm:'),
                  p('Kế hoạch', { list: { numId: 1, ilvl: 0 } }),
                  p('Báo cáo', { list: { numId: 1, ilvl: 0 } }),
                ],
              },
              {
                paras: [
                  p('Công tác chỉ đạo', { list: { numId: 2, ilvl: 0 } }),
                  p('Kiểm tra', { list: { numId: 2, ilvl: 1 } }),
                  p('Chỉ số', { list: { numId: 2, ilvl: 1 } }),
                  p('Thể chế', { list: { numId: 2, ilvl: 0 } }),
                  p('Rà soát', { list: { numId: 2, ilvl: 1 } }),
                ],
              },
            ],
          ],
          [2000, 2000],
        ),
      ]),
    );
    expect(g.values[0]).toEqual([
      'Sản phẩm:\n- Kế hoạch\n- Báo cáo',
      '1. Công tác chỉ đạo\n1.1. Kiểm tra\n1.2. Chỉ số\n2. Thể chế\n2.1. Rà soát',
    ]);
  });

  it('keeps tracked insertions and drops deletions, moves-from and deleted rows', () => {
    const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const tc = (inner: string) => `<w:tc><w:p>${inner}</w:p></w:tc>`;
    const [g] = readDocx(
      withBody(
        `<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>` +
          `<w:tr>${tc(`${run('Quý ')}<w:del w:id="1" w:author="A"><w:r><w:delText>II</w:delText></w:r></w:del><w:ins w:id="2" w:author="A">${run('III')}</w:ins>${run('/2024')}`)}</w:tr>` +
          `<w:tr><w:trPr><w:del w:id="3" w:author="A"/></w:trPr>${tc(run('deleted row'))}</w:tr>` +
          `<w:tr>${tc(`<w:moveFrom w:id="4" w:author="A">${run('moved away')}</w:moveFrom><w:moveTo w:id="5" w:author="A">${run('moved here')}</w:moveTo>`)}</w:tr>` +
          `</w:tbl>`,
      ),
    );
    expect(g.values).toEqual([['Quý III/2024'], ['moved here']]);
  });

  it('reads a nested table as text, one line per row, and numbers only top-level tables', () => {
    const nested: Table = table(
      [
        [cell('Chủ trì'), cell('Phòng Nội vụ')],
        [cell('Phối hợp'), cell('Các xã')],
      ],
      [1000, 1000],
    );
    const grids = readDocx(
      docxPackage([
        table([[cell('Cơ quan'), { paras: [p('Xem:'), nested] }]], [1000, 3000]),
        table([[cell('x')]], [1000]),
      ]),
    );
    expect(grids[0].values[0]).toEqual(['Cơ quan', 'Xem:\nChủ trì | Phòng Nội vụ\nPhối hợp | Các xã']);
    expect(grids.map((g) => g.sheet)).toEqual(['Bảng 1', 'Bảng 2']);
  });

  it('takes the paragraphs since the last page break as title rows, and a closing count as the last row', () => {
    const blocks: Block[] = [
      p('Nội dung kế hoạch, không phải tiêu đề'),
      p('PHỤ LỤC 2', { pageBreakBefore: true }),
      p('PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CCHC NĂM 2024'),
      p(''),
      p('(Ban hành kèm theo Kế hoạch số 3838/KH-UBND)'),
      table([[cell('TT'), cell('Nhiệm vụ')]], [1000, 1000]),
      p(''),
      p('Tổng cộng: 07 lĩnh vực, 30 nhiệm vụ./.'),
      p('Ghi chú cuối văn bản'),
      table([[cell('a'), cell('b')]], [1000, 1000]),
    ];
    const [g, next] = readDocx(docxPackage(blocks));
    expect(g.values.map((r) => r[0])).toEqual([
      'PHỤ LỤC 2',
      'PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CCHC NĂM 2024',
      '(Ban hành kèm theo Kế hoạch số 3838/KH-UBND)',
      'TT',
      'Tổng cộng: 07 lĩnh vực, 30 nhiệm vụ./.',
    ]);
    expect(g.merges).toContainEqual({ startRow: 5, startCol: 1, endRow: 5, endCol: 2 });
    expect(g.wordTable).toEqual({ index: 1, firstRow: 4, lastRow: 4 });
    // A line that is not a closing count titles the next table instead.
    expect(next.values.map((r) => r[0])).toEqual(['Ghi chú cuối văn bản', 'a']);
  });

  it('breaks inside a paragraph: a line break stays in the text, a page break starts the titles anew', () => {
    const grids = readDocx(
      withBody(
        '<w:p><w:r><w:t>kết thúc nội dung.</w:t><w:br w:type="page"/><w:t>PHỤ LỤC 1</w:t><w:br/><w:t>MỤC TIÊU</w:t></w:r></w:p>' +
          '<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>a</w:t><w:br/><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      ),
    );
    expect(grids[0].values).toEqual([['PHỤ LỤC 1'], ['MỤC TIÊU'], ['a\nb']]);
  });
});

describe('Word files that cannot be read get one reason each', () => {
  it('a legacy .doc (written by LibreOffice) is told to be saved as .docx', () => {
    expect(reasonOf(() => readDocxFile('test/fixtures/docx/ke-hoach-cu.doc'))).toBe('legacy-doc');
  });

  it('a password-protected document (an encrypted OLE file)', () => {
    expect(reasonOf(() => readDocx(compoundFile(['EncryptionInfo', 'EncryptedPackage'])))).toBe('encrypted-document');
  });

  it('a document with no table', () => {
    expect(reasonOf(() => readDocx(docxPackage([p('Chỉ có chữ, không có bảng')])))).toBe('no-table');
  });

  it('empty, not a zip, a zip without a Word document, a cut archive, broken XML', () => {
    const good = docxPackage([table([[cell('a')]], [1000])]);
    expect(reasonOf(() => readDocx(new Uint8Array()))).toBe('empty');
    expect(reasonOf(() => readDocx(strToU8('STT\tNhiệm vụ')))).toBe('not-a-document');
    expect(reasonOf(() => readDocx(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') })))).toBe('not-a-document');
    expect(reasonOf(() => readDocx(good.subarray(0, good.length - 40)))).toBe('damaged-document');
    expect(reasonOf(() => readDocx(withBody('<w:tbl><w:tr>')))).toBe('damaged-document');
  });

  it('limits: unpacked bytes, cells, depth; an entity is never expanded', () => {
    const big = docxPackage([table(Array.from({ length: 30 }, () => [cell('x'), cell('y'), cell('z')]))]);
    expect(reasonOf(() => readDocx(big, { limits: { maxUnpackedBytes: 1000 } }))).toBe('document-too-large');
    expect(reasonOf(() => readDocx(big, { limits: { maxCells: 50 } }))).toBe('document-too-large');
    expect(reasonOf(() => readDocx(big))).toBe('no error');
    const deep = '<w:sdt><w:sdtContent>'.repeat(300) + '</w:sdtContent></w:sdt>'.repeat(300);
    expect(reasonOf(() => readDocx(withBody(deep)))).toBe('document-too-large');
    const bomb = docxPackage([], {
      documentXml:
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>',
    });
    expect(reasonOf(() => readDocx(bomb))).toBe('damaged-document');
  });
});
