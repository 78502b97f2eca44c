/**
 * Where the pane loads office.js from, a build option (CCHC_OFFICE_JS):
 * - `cdn` (the default): Microsoft's CDN, as Microsoft requires of add-ins published to AppSource
 *   ("Referencing the Office JavaScript API library": add-ins must reference office.js from its CDN);
 * - `local`: for government networks closed to the internet, the @microsoft/office-js package
 *   (pinned by the lock file) is served beside the pane under office/, and the page's
 *   Content-Security-Policy drops the CDN origins, so nothing is fetched from outside the server.
 *   office.js loads its host-specific parts relative to its own address, so the package's whole
 *   dist/ goes along (its .debug.js copies excepted).
 * The source page (src/taskpane/taskpane.html) names the CDN; `local` rewrites the built page, and
 * fails the build if anything of the CDN is left in it.
 */
'use strict';
const path = require('path');

const CDN_SCRIPT = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CDN_ORIGINS = ['https://appsforoffice.microsoft.com', 'https://officeapis.public.onecdn.static.microsoft'];
const LOCAL_DIR = 'office';

function officeJsMode(env = process.env) {
  const mode = env.CCHC_OFFICE_JS || 'cdn';
  if (mode !== 'cdn' && mode !== 'local')
    throw new Error(`CCHC_OFFICE_JS must be "cdn" (the default) or "local", got "${mode}"`);
  return mode;
}

/** The built page for `mode`: as written for the CDN, or pointing at office/office.js with a self-only CSP. */
function pageFor(html, mode) {
  if (mode === 'cdn') return html;
  if (!html.includes(`src="${CDN_SCRIPT}"`))
    throw new Error(`taskpane.html no longer loads ${CDN_SCRIPT}: update scripts/office-js-source.js`);
  let out = html.split(`src="${CDN_SCRIPT}"`).join(`src="${LOCAL_DIR}/office.js"`);
  out = out.replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i, (_, a, policy, c) => {
    let p = policy;
    for (const origin of CDN_ORIGINS) p = p.split(` ${origin}`).join('');
    return a + p + c;
  });
  // Comments may still name the CDN; the page's markup may not.
  const markup = out.replace(/<!--[\s\S]*?-->/g, '');
  for (const origin of CDN_ORIGINS)
    if (markup.includes(origin)) throw new Error(`the local office.js build still references ${origin}`);
  return out;
}

/** copy-webpack-plugin patterns that put the package's office.js beside the pane (local mode only). */
function copyPatterns(mode, root) {
  if (mode === 'cdn') return [];
  return [
    {
      from: path.join(root, 'node_modules/@microsoft/office-js/dist'),
      to: LOCAL_DIR,
      globOptions: { ignore: ['**/*.debug.js'] },
      info: { minimized: true },
    },
  ];
}

module.exports = { officeJsMode, pageFor, copyPatterns, CDN_SCRIPT, CDN_ORIGINS, LOCAL_DIR };
