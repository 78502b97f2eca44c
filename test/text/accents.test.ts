import { stripAccents } from '../../src/core/text/accents';

describe('stripAccents: the one accent stripper', () => {
  it.each([
    ['Hoàn thành', 'Hoan thanh'],
    ['Đơn vị', 'don vi'],
    ['ĐẨY MẠNH', 'dAY MANH'],
    ['hoá / hóa', 'hoa / hoa'],
    // Decomposed input (NFD, as macOS and some web forms give it) reads the same.
    ['Quy\u0301 II', 'Quy II'],
    ['Kiến Tường, 31/12/2024 – 100%', 'Kien Tuong, 31/12/2024 – 100%'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(stripAccents(input)).toBe(expected);
  });
});
