/** The LibreOffice round trip must fail loudly, not skip, on a machine without soffice. */
import { sofficePath } from './helpers/soffice';

it('a missing soffice is an error that says what to install', () => {
  const saved = process.env.CCHC_SOFFICE;
  process.env.CCHC_SOFFICE = '/nonexistent/soffice';
  try {
    expect(() => sofficePath()).toThrow(/apt-get install -y libreoffice-calc-nogui/);
  } finally {
    if (saved === undefined) delete process.env.CCHC_SOFFICE;
    else process.env.CCHC_SOFFICE = saved;
  }
});

it('finds soffice on this machine (CI installs libreoffice-calc-nogui)', () => {
  expect(sofficePath()).toMatch(/soffice|libreoffice/);
});
