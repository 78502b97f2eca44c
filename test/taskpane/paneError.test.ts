import { describeError } from '../../src/taskpane/state/paneError';
import { WorkbookReadError } from '../../src/xlsx/readErrors';

describe('describeError', () => {
  it('turns Office.js error codes into what to do next', () => {
    expect(describeError({ code: 'InvalidOperationInCellEditMode' }, 'vi').message).toMatch(/Enter hoặc Esc/);
    expect(describeError({ code: 'AccessDenied' }, 'en').message).toMatch(/Protect Workbook/);
    expect(describeError({ code: 'RequestPayloadSizeLimitExceeded' }, 'vi').message).toMatch(/quá lớn/);
  });
  it('names the file a workbook read failed on, in the user language', () => {
    const m = describeError(new WorkbookReadError('encrypted', 'x'), 'vi', 'don-vi.xlsx').message;
    expect(m).toContain('don-vi.xlsx');
    expect(m).toMatch(/mật khẩu/);
  });
  it('never hides an unknown error: its own message is shown with a next step', () => {
    const d = describeError(new TypeError('boom'), 'en');
    expect(d.message).toContain('boom');
    expect(d.next).toMatch(/Try again/);
  });
});
