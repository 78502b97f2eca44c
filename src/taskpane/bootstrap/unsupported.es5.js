/*
 * Loaded first, before office.js and the pane, and written in plain ES5 (no build step touches
 * it; test/bootstrap/unsupported.test.ts parses it as ES5): it must run where the pane cannot.
 *
 * Perpetual Office without WebView2 (Office 2016 and 2019 volume-licensed, or retail without the
 * WebView2 runtime) runs add-ins in Internet Explorer 11 ("Trident") or Microsoft Edge Legacy
 * ("EdgeHTML"): "Browsers and webview controls used by Office Add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins.
 * The pane's bundle is ES2022 and does not even parse there, so without this the pane would sit
 * at "Loading…" forever. Microsoft recommends a graceful message in these webviews, found from
 * navigator.userAgent ("Support older Microsoft webviews and Office versions",
 * https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11).
 *
 * The message is shown when the webview is Trident or EdgeHTML, when an ES2022 built-in the
 * bundle's runtime implies is missing (Array.prototype.at, Object.hasOwn), or when one of the
 * pane's own scripts fails with a SyntaxError (any runtime too old for its syntax). It says, in
 * Vietnamese and English, what does work: the same pane opened in Chrome or Edge on the user's
 * own files, Excel on the web, the command line, or installing WebView2.
 */
(function () {
  var MESSAGES = {
    vi: {
      title: 'Công cụ không chạy được trong phiên bản Excel này',
      why: 'Excel này mở bảng công cụ bằng trình duyệt cũ (Internet Explorer hoặc Edge cũ), không đủ để chạy công cụ.',
      instead: 'Anh/chị vẫn dùng được công cụ theo một trong các cách sau:',
      browser:
        'Mở địa chỉ sau bằng Chrome hoặc Microsoft Edge mới, rồi chọn tệp sổ tính trên máy (tệp không gửi đi đâu): ',
      web: 'Mở sổ tính bằng Excel trên web (office.com) và dùng công cụ ở đó.',
      cli: 'Dùng dòng lệnh trên máy có Node.js: npx cchc check ten-tep.xlsx',
      fix: 'Để dùng ngay trong Excel này: cài Microsoft Edge WebView2 Runtime (Office 2016/2019 bản bán lẻ), hoặc dùng Microsoft 365, Office 2021 trở lên.'
    },
    en: {
      title: 'The pane cannot run in this version of Excel',
      why: 'This Excel opens add-ins in an old browser (Internet Explorer or Edge Legacy), which cannot run the pane.',
      instead: 'You can still use it in one of these ways:',
      browser:
        'Open this address in Chrome or the new Microsoft Edge, then pick a workbook file on your computer (the file goes nowhere): ',
      web: 'Open the workbook in Excel on the web (office.com) and use the add-in there.',
      cli: 'Use the command line on a computer with Node.js: npx cchc check file-name.xlsx',
      fix: 'To use it in this Excel: install the Microsoft Edge WebView2 Runtime (retail Office 2016/2019), or use Microsoft 365 or Office 2021 or later.'
    }
  };

  var shown = false;

  function oldWebview(userAgent) {
    return (
      userAgent.indexOf('Trident/') !== -1 || userAgent.indexOf('MSIE ') !== -1 || userAgent.indexOf('Edge/') !== -1
    );
  }

  function missingFeatures() {
    return (
      typeof Array.prototype.at !== 'function' || typeof Object.hasOwn !== 'function' || typeof Promise === 'undefined'
    );
  }

  /** The pane's own address, without what Office adds to it (?_host_Info=…). */
  function paneAddress() {
    var loc = window.location;
    return loc.protocol + '//' + loc.host + loc.pathname;
  }

  function paragraph(parent, text, lang) {
    var p = document.createElement('p');
    p.setAttribute('lang', lang);
    p.appendChild(document.createTextNode(text));
    parent.appendChild(p);
    return p;
  }

  function item(list, text) {
    var li = document.createElement('li');
    li.appendChild(document.createTextNode(text));
    list.appendChild(li);
    return li;
  }

  function render() {
    var container = document.getElementById('container') || document.body;
    if (!container) return;
    while (container.firstChild) container.removeChild(container.firstChild);
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'unsupported-runtime');
    box.style.padding = '12px';
    var langs = ['vi', 'en'];
    for (var i = 0; i < langs.length; i++) {
      var m = MESSAGES[langs[i]];
      var section = document.createElement('div');
      section.setAttribute('lang', langs[i]);
      var h = document.createElement('h2');
      h.style.fontSize = '1.1em';
      h.appendChild(document.createTextNode(m.title));
      section.appendChild(h);
      paragraph(section, m.why, langs[i]);
      paragraph(section, m.instead, langs[i]);
      var list = document.createElement('ol');
      item(list, m.browser + paneAddress());
      item(list, m.web);
      item(list, m.cli);
      section.appendChild(list);
      paragraph(section, m.fix, langs[i]);
      box.appendChild(section);
    }
    container.appendChild(box);
  }

  function show() {
    if (shown) return;
    shown = true;
    window.cchcUnsupportedRuntime = true;
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render);
    else render();
  }

  /**
   * A SyntaxError in one of the pane's own scripts before the pane started: the runtime is too old
   * for the bundle. Once the bundle runs it sets window.cchcPaneStarted, and later errors (a
   * JSON.parse SyntaxError, say) are the pane's to report.
   */
  function onError(event) {
    if (window.cchcPaneStarted) return;
    var message = String((event && event.message) || '');
    var file = String((event && event.filename) || '');
    var own = file === '' || file.indexOf(window.location.protocol + '//' + window.location.host) === 0;
    if (own && /SyntaxError|Syntax error|Expected|Unexpected/i.test(message) && file.indexOf('office.js') === -1)
      show();
  }

  if (oldWebview(String((window.navigator && window.navigator.userAgent) || '')) || missingFeatures()) show();
  else if (window.addEventListener) window.addEventListener('error', onError);
})();
