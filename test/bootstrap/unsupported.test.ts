/**
 * @jest-environment jsdom
 *
 * The ES5 bootstrap: it must parse as ES5 (it runs where nothing newer does), say in Vietnamese
 * and English what works instead when the webview is IE11 or Edge Legacy or too old for the
 * bundle, and stay silent in a webview that runs the pane.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import * as vm from 'vm';
import * as acorn from 'acorn';

const ROOT = join(__dirname, '../..');
const SOURCE = readFileSync(join(ROOT, 'src/taskpane/bootstrap/unsupported.es5.js'), 'utf8');
const HTML = readFileSync(join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');

const UA = {
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko',
  edgeHtml:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045',
  webview2:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
};

/** Runs the bootstrap in a fresh realm over this jsdom document, with the given user agent. */
function run(userAgent: string, before = ''): { win: Record<string, unknown>; errors: ((e: unknown) => void)[] } {
  document.body.innerHTML = '<div id="container"></div>';
  const errors: ((e: unknown) => void)[] = [];
  const win: Record<string, unknown> = {
    navigator: { userAgent },
    location: {
      protocol: 'https:',
      host: 'cchc.so-noi-vu.gov.vn',
      pathname: '/addin/taskpane.html',
      search: '?_host_Info=Excel$Win32$16.01',
    },
    addEventListener: (type: string, fn: (e: unknown) => void) => type === 'error' && errors.push(fn),
  };
  const context = vm.createContext({ document });
  (context as Record<string, unknown>).window = win;
  vm.runInContext(before, context);
  vm.runInContext(SOURCE, context);
  return { win, errors };
}

const shown = () => document.querySelector('[data-testid="unsupported-runtime"]');

describe('ES5 bootstrap', () => {
  it('parses as ECMAScript 5', () => {
    expect(() => acorn.parse(SOURCE, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it('is the first script of the page, before office.js and the bundle', () => {
    const scripts = [...HTML.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts[0]).toBe('bootstrap-es5.js');
  });

  it.each([
    ['IE11 (Trident)', UA.ie11],
    ['Edge Legacy (EdgeHTML)', UA.edgeHtml],
  ])('in %s says so in Vietnamese and English, with what works', (_name, ua) => {
    const { win } = run(ua);
    const box = shown();
    expect(box).not.toBeNull();
    expect(box?.getAttribute('role')).toBe('alert');
    const text = box?.textContent ?? '';
    expect(text).toContain('Công cụ không chạy được trong phiên bản Excel này');
    expect(text).toContain('The pane cannot run in this version of Excel');
    // The same pane in a browser, on the user's files: its address, without Office's query.
    expect(text).toContain('https://cchc.so-noi-vu.gov.vn/addin/taskpane.html');
    expect(text).not.toContain('_host_Info');
    expect(text).toContain('npx cchc check');
    expect(text).toContain('WebView2');
    expect(win.cchcUnsupportedRuntime).toBe(true);
  });

  it('in a runtime without the ES2022 built-ins the bundle needs, says so too', () => {
    run(UA.webview2, 'delete Array.prototype.at;');
    expect(shown()).not.toBeNull();
  });

  it('in WebView2 stays silent, and speaks only for a SyntaxError before the pane started', () => {
    const { win, errors } = run(UA.webview2);
    expect(shown()).toBeNull();
    expect(errors).toHaveLength(1);
    win.cchcPaneStarted = true;
    errors[0]({
      message: 'Uncaught SyntaxError: Unexpected token',
      filename: 'https://cchc.so-noi-vu.gov.vn/addin/taskpane.js',
    });
    expect(shown()).toBeNull();
    win.cchcPaneStarted = false;
    errors[0]({
      message: 'Uncaught SyntaxError: Unexpected token',
      filename: 'https://cchc.so-noi-vu.gov.vn/addin/taskpane.js',
    });
    expect(shown()).not.toBeNull();
  });

  it('a script of another origin failing is not the pane failing', () => {
    const { errors } = run(UA.webview2);
    errors[0]({
      message: 'SyntaxError: Unexpected token',
      filename: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    });
    expect(shown()).toBeNull();
  });
});
