/** Each parser on the forms CCHC plans commonly write, and on forms found in other plans. */
import { indicatorsOf, findPercentages } from '../../src/core/parse/percentages';
import { parseTimeframe } from '../../src/core/parse/timeframe';
import { parseBudget } from '../../src/core/parse/budget';
import { parseVietnameseNumber } from '../../src/core/parse/number';
import { citedReference, titleYear } from '../../src/core/parse/planTitle';
import { isDateFormat, serialToIso } from '../../src/core/parse/dates';
import { agencyKey, sameAgency } from '../../src/core/text/agency';
import { foldKey, readable } from '../../src/core/text/normalize';
import { splitProducts } from '../../src/core/read/products';

describe('percentage targets', () => {
  test.each([
    ['100% hồ sơ giải quyết TTHC', 100, '>='],
    ['Tối thiểu 85% TTHC có yêu cầu', 85, '>='],
    ['tỷ lệ giao dịch đạt từ 35% trở lên', 35, '>='],
    ['ít nhất 60% hồ sơ', 60, '>='],
    ['đạt tối thiểu 95%', 95, '>='],
    ['đạt mức trên 80%', 80, '>'],
    ['tỷ lệ hồ sơ trễ hạn dưới 2%', 2, '<'],
    ['không quá 5% hồ sơ', 5, '<='],
    ['tối đa 10% số văn bản', 10, '<='],
    ['phấn đấu 90% người dân hài lòng', 90, '>='],
    ['đạt 85,5% trở lên', 85.5, '>='],
    ['không dưới 70%', 70, '>='],
    ['từ 20% trở xuống', 20, '<='],
    ['đạt tỷ lệ tối thiểu tương ứng 100%', 100, '>='],
  ])('%s → %s %s', (text, threshold, comparator) => {
    expect(findPercentages(text).map((p) => [p.value, p.comparator])).toEqual([[threshold, comparator]]);
  });

  test('two percentages in one target get ids a, b in order', () => {
    expect(indicatorsOf(18, '80% hồ sơ công việc tại cấp huyện và ít nhất 60% hồ sơ công việc tại cấp xã')).toEqual([
      { id: '18a', threshold: 80, comparator: '>=' },
      { id: '18b', threshold: 60, comparator: '>=' },
    ]);
    expect(indicatorsOf(6, 'đạt tối thiểu 95%. Trong đó, mức độ hài lòng về đất đai dưới 3%')).toEqual([
      { id: '6a', threshold: 95, comparator: '>=' },
      { id: '6b', threshold: 3, comparator: '<' },
    ]);
  });

  test('one percentage: the id is the STT alone; none: qualitative', () => {
    expect(indicatorsOf(3, '100% hồ sơ (<i>trừ hồ sơ mật</i>)')).toEqual([
      { id: '3', threshold: 100, comparator: '>=' },
    ]);
    expect(indicatorsOf(1, 'Tiếp tục rà soát hoàn thiện thể chế năm 2024')).toEqual([]);
  });

  test('a direction word of an earlier clause does not leak into the next percentage', () => {
    expect(findPercentages('giảm dưới 5% hồ sơ trễ hạn; 90% hồ sơ trực tuyến').map((p) => p.comparator)).toEqual([
      '<',
      '>=',
    ]);
  });

  test('not a percentage: numbers above 100 or part of a longer number', () => {
    expect(findPercentages('tăng 150% so với 2023')).toEqual([]);
  });
});

describe('timeframes', () => {
  const ctx = { planYear: 2024 };
  test.each([
    ['Quý II, III/2024', '2024-09-30', 2, false],
    ['Quý I, IV/2024', '2024-12-31', 2, false],
    ['Quý IV/2023, Quý I/2024', '2024-03-31', 2, false],
    ['Tháng 01/2024', '2024-01-31', 1, false],
    ['- Quý I/2023\n- Trước ngày 5/12/2024', '2024-12-04', 2, false],
    ['Trong năm (theo phân kỳ)', '2024-12-31', 1, true],
    ['Năm 2024 (khi có hướng dẫn của Tỉnh)', '2024-12-31', 1, false],
    ['trước tháng 10/2024', '2024-09-30', 1, false],
    ['đến ngày 30/6/2025', '2025-06-30', 1, false],
    ['trong quý 3/2025', '2025-09-30', 1, false],
    ['quý II/2025', '2025-06-30', 1, false],
    ['6 tháng đầu năm', '2024-06-30', 1, false],
    ['6 tháng cuối năm 2024', '2024-12-31', 1, false],
    ['Thường xuyên', '2024-12-31', 1, true],
    ['Hằng quý', '2024-12-31', 1, true],
    ['- Quý IV/2023.\n- Quý IV /2024', '2024-12-31', 2, false],
    ['Quý I - III/2024', '2024-09-30', 3, false],
    ['Tháng 3, 6, 9/2024', '2024-09-30', 3, false],
    ['Trước 31/3/2024', '2024-03-30', 1, false],
    ['Trước ngày 31 / 03 / 2024', '2024-03-30', 1, false],
    ['Quy II/2024', '2024-06-30', 1, false],
  ])('%j → due %s', (text, due, milestones, recurring) => {
    const t = parseTimeframe(text, null, ctx);
    expect([t.kind, t.due, t.milestones.length, t.recurring]).toEqual(['dated', due, milestones, recurring]);
  });

  test('a condition is kept apart from the date', () => {
    expect(parseTimeframe('Năm 2024 (khi có hướng dẫn của Tỉnh).', null, ctx).condition).toBe(
      'khi có hướng dẫn của Tỉnh',
    );
  });

  test('an event with no date is undated, with the event as condition', () => {
    const t = parseTimeframe('Sau khi tính công bố', null, ctx);
    expect([t.kind, t.due, t.condition]).toEqual(['undated', null, 'Sau khi tính công bố']);
  });

  test.each(['Quý V/2024', 'Tháng 13/2024', 'ngày 31/02/2024', 'sớm nhất có thể', 'Quý II'])(
    '%j cannot be read',
    (text) => {
      const t = parseTimeframe(text, null, { planYear: null });
      expect(t.kind).toBe('unparsed');
      expect(t.due).toBeNull();
    },
  );

  test('real date cells and serial numbers', () => {
    expect(parseTimeframe(45657, 'dd/mm/yyyy', ctx)).toMatchObject({ kind: 'dated', due: '2024-12-31' });
    expect(parseTimeframe(45382, 'General', ctx)).toMatchObject({ kind: 'dated', due: '2024-03-31' });
    expect(parseTimeframe(2024, 'General', ctx)).toMatchObject({ kind: 'dated', due: '2024-12-31' });
    expect(parseTimeframe(null, null, ctx).kind).toBe('empty');
    expect(parseTimeframe('   ', null, ctx).kind).toBe('empty');
  });

  test('Excel serials and date formats', () => {
    expect(serialToIso(45657)).toBe('2024-12-31');
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(45657 - 1462, true)).toBe('2024-12-31');
    expect(['dd/mm/yyyy', 'm/d/yy', '[$-42A]d mmmm yyyy', 'yyyy-mm-dd'].map(isDateFormat)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['General', '0.00', '#,##0', '0%', '@'].map(isDateFormat)).toEqual([false, false, false, false, false]);
  });
});

describe('budgets and numbers', () => {
  test.each([
    [20, 20, null],
    [0, 0, null],
    ['1.200', 1200, null],
    ['15,5', 15.5, null],
    ['1.200,5', 1200.5, null],
    ['20 triệu', 20, null],
    ['  30 ', 30, null],
    [null, null, null],
    ['', null, null],
    ['Phòng Tư pháp dự trù kinh phí riêng của đơn vị.', null, 'Phòng Tư pháp dự trù kinh phí riêng của đơn vị.'],
    ['Theo Kế hoạch được phê duyệt.', null, 'Theo Kế hoạch được phê duyệt.'],
  ])('%j → amount %j, note %j', (value, amount, note) => {
    expect(parseBudget(value)).toEqual({ amount, note });
  });

  test.each([
    ['1.200', 1200],
    ['15,5', 15.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1,200.50', 1200.5],
    ['0,85', 0.85],
    ['-3', -3],
    ['12', 12],
  ])('%s → %s', (s, n) => expect(parseVietnameseNumber(s)).toBe(n));
  test.each(['', 'abc', '1.2.3', '1,2,3', '12a', '.', ','])('%j is not a number', (s) =>
    expect(parseVietnameseNumber(s)).toBeNull(),
  );
});

describe('titles', () => {
  test('the year and the cited plan', () => {
    expect(titleYear('PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CCHC NĂM 2024')).toBe(2024);
    expect(citedReference('(Ban hành kèm theo Kế hoạch số: 3838/KH-UBND ngày 28/12/2023 của UBND thị xã)')).toEqual({
      number: '3838/KH-UBND',
      kind: 'KH',
      issued: '2023-12-28',
    });
    expect(citedReference('(Ban hành kèm theo Kế hoạch số: 3838 /QĐ-UBND ngày 28 /12/2023)')).toEqual({
      number: '3838/QĐ-UBND',
      kind: 'QĐ',
      issued: '2023-12-28',
    });
    expect(citedReference('PHỤ LỤC 2')).toBeNull();
  });
});

describe('text and agency names', () => {
  test('readable drops HTML, folds whitespace, composes NFD', () => {
    expect(readable('100% hồ sơ (<i>trừ hồ sơ mật</i>)')).toBe('100% hồ sơ (trừ hồ sơ mật)');
    expect(readable('Ph\u00f2ng\u00a0\u00a0N\u1ed9i\u200b v\u1ee5 ')).toBe('Phòng Nội vụ');
    expect(readable('Pho\u0300ng No\u0302\u0323i vu\u0323')).toBe('Phòng Nội vụ');
    expect(readable('A &amp; B')).toBe('A & B');
  });

  test('foldKey matches headers with or without diacritics, NFD, extra spaces, lookalikes', () => {
    expect(foldKey('  Cơ quan  chủ trì ')).toBe('co quan chu tri');
    expect(foldKey('Co quan chu tri')).toBe('co quan chu tri');
    expect(foldKey('C\u01a1 quan chu\u0309 tri\u0300'.normalize('NFD'))).toBe('co quan chu tri');
    expect(foldKey('Сơ quan chủ trì')).toBe('co quan chu tri'); // Cyrillic С
    expect(foldKey('hoá')).toBe(foldKey('hóa'));
  });

  test('foldKey stays right past the bound of the keys it remembers', () => {
    // More distinct texts than it keeps, twice over: every one must still get its own key.
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 120_000; i += 997) expect(foldKey(`Phòng  Số ${i}`)).toBe(`phong so ${i}`);
      for (let i = 0; i < 120_000; i++) foldKey(`Đơn vị ${i}`);
    }
    expect(foldKey('Đơn vị 7')).toBe('don vi 7');
    expect(foldKey('x'.repeat(400) + ' Ủy')).toBe(`${'x'.repeat(400)} uy`);
  });

  test('agency aliases', () => {
    expect(sameAgency('Phòng TC-KT', 'Phòng Tài chính - Kế hoạch')).toBe(true);
    expect(sameAgency('Phòng Tài chính-Kế hoạch', 'Phòng Tài chính - Kế hoạch')).toBe(true);
    expect(sameAgency('Phòng VH&TT', 'Phòng Văn hoá và Thông tin')).toBe(true);
    expect(sameAgency('Phòng Văn hóa và Thông tin', 'Phòng Văn hoá và Thông tin')).toBe(true);
    expect(sameAgency('UBND Phường 1', 'Ủy ban nhân dân phường 1')).toBe(true);
    expect(sameAgency('VP HĐND và UBND thị xã', 'Văn phòng HĐND và UBND thị xã')).toBe(true);
    expect(sameAgency('Phòng Nội vụ', 'Phòng Tư pháp')).toBe(false);
    expect(agencyKey('Phòng TC-KT')).toBe('phong tai chinh ke hoach');
  });

  test('deliverables as lists', () => {
    expect(splitProducts(' - Kế hoạch - Báo cáo kết quả ')).toEqual(['Kế hoạch', 'Báo cáo kết quả']);
    expect(splitProducts('- Kế hoạch\n- Báo cáo')).toEqual(['Kế hoạch', 'Báo cáo']);
    expect(splitProducts('Báo cáo của UBND thị xã; Biểu mẫu tổng hợp')).toEqual([
      'Báo cáo của UBND thị xã; Biểu mẫu tổng hợp',
    ]);
    expect(splitProducts('Kế hoạch\nBáo cáo')).toEqual(['Kế hoạch', 'Báo cáo']);
    expect(splitProducts('')).toEqual([]);
  });
});
