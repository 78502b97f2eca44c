/**
 * Builds the task pane, as the official Office-Addin-TaskPane-React template does: html and copy
 * plugins, icons and manifest copied beside the pane, the manifest's dev URL rewritten for
 * production. The production URL comes from CCHC_ADDIN_URL (see the README).
 *
 *   CCHC_ADDIN_URL=https://host/path/ npm run build   production build into dist/ (the URL is required)
 *   npm run dev-server                   https://localhost:3000 (http when no dev certificate)
 *   CCHC_OFFICE_JS=local …               office.js served with the pane (closed networks; scripts/office-js-source.js)
 */
const path = require('path');
const fs = require('fs');
const os = require('os');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const officeJs = require('./scripts/office-js-source');

const DEV_URL = 'https://localhost:3000/';
/** The user guide, rendered into the build as the manifest's SupportUrl. */
const GUIDE_SOURCE = 'docs/huong-dan-su-dung.md';
const GUIDE_PAGE = 'huong-dan-su-dung.html';

/**
 * Where the production pane will be served. Required: a default would point every manifest built
 * without it at a domain someone else could register.
 */
function prodUrl() {
  const url = process.env.CCHC_ADDIN_URL;
  if (!url) {
    throw new Error(
      'CCHC_ADDIN_URL is not set: a production build needs the https address the pane will be served from, ' +
        'e.g. CCHC_ADDIN_URL=https://cchc.so-noi-vu.gov.vn/addin/ npm run build',
    );
  }
  if (!/^https:\/\/[^\s]+$/.test(url)) throw new Error(`CCHC_ADDIN_URL must be an https URL, got "${url}"`);
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * The guide as a standalone page: Markdown rendered by markdown-it with raw HTML off, so the page
 * holds only what the Markdown says; its own CSP allows nothing but its images and inline styles.
 */
function guidePage(markdown) {
  const md = require('markdown-it')({ html: false, linkify: false, typographer: false });
  const title = (/^#\s+(.+)$/m.exec(markdown) || [null, 'Hướng dẫn sử dụng'])[1];
  const escape = (t) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  return [
    '<!doctype html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="UTF-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'" />`,
    `<title>${escape(title)}</title>`,
    '<style>body{max-width:52em;margin:0 auto;padding:1em;font-family:"Segoe UI",system-ui,sans-serif;line-height:1.5}img{max-width:100%}code{background:#f3f3f3;padding:0 .2em}</style>',
    '</head>',
    '<body>',
    md.render(markdown),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The Office dev certificate when it has been installed (office-addin-dev-certs), else plain http. */
function devServerType() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = ['localhost.crt', 'localhost.key', 'ca.crt'].map((f) => path.join(dir, f));
  if (files.every((f) => fs.existsSync(f))) {
    return {
      type: 'https',
      options: { cert: fs.readFileSync(files[0]), key: fs.readFileSync(files[1]), ca: fs.readFileSync(files[2]) },
    };
  }
  return { type: 'http' };
}

/** What to do next, printed once the dev server listens. */
function sideloadHelp(url, https) {
  return [
    '',
    `Task pane: ${url}`,
    https
      ? 'Served over https with the Office dev certificate.'
      : 'Served over plain http: Excel needs https. Run `npx office-addin-dev-certs install` (once, as a user who may trust certificates), then restart.',
    'Outside Excel the same page works on a workbook file you open (the bundled sample at first).',
    '',
    'Sideload manifest.xml:',
    '  Excel on the web: Home › Add-ins › More add-ins › My add-ins › Upload My Add-in › pick manifest.xml.',
    '  Windows: put manifest.xml in a shared folder, add it under File › Options › Trust Center › Trust Center',
    '           Settings › Trusted Add-in Catalogs, restart Excel, then Home › Add-ins › Shared Folder.',
    '  Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/, restart Excel,',
    '       then Home › Add-ins › My add-ins (the developer add-ins section).',
    'The ribbon button "Kiểm tra kế hoạch" / "Check plan" appears on the Home tab.',
    '',
  ].join('\n');
}

module.exports = (env, argv) => {
  const dev = argv.mode === 'development';
  const url = dev ? DEV_URL : prodUrl();
  const officeJsMode = officeJs.officeJsMode();
  return {
    mode: dev ? 'development' : 'production',
    // eval-based source maps break under the pane's Content-Security-Policy (no 'unsafe-eval').
    devtool: dev ? 'source-map' : false,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    // Rebuilds (the end-to-end test builds every run) reuse node_modules/.cache/webpack: ~70 s → a few s.
    // Keyed on the URL too, so a manifest rewritten for another CCHC_ADDIN_URL is never served from cache.
    cache: {
      type: 'filesystem',
      version: `${url} ${officeJsMode}`,
      buildDependencies: { config: [__filename, require.resolve('./scripts/office-js-source')] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Types are checked by `npm run typecheck` and the tests; the build only transpiles.
              transpileOnly: true,
              // ES modules so webpack can tree-shake Fluent UI and split exceljs into its own chunk.
              compilerOptions: { module: 'es2020', sourceMap: dev },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        templateContent: () =>
          officeJs.pageFor(fs.readFileSync(path.join(__dirname, 'src/taskpane/taskpane.html'), 'utf8'), officeJsMode),
        chunks: ['taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          // Plain ES5, copied as written (never bundled or minified into newer syntax).
          { from: 'src/taskpane/bootstrap/unsupported.es5.js', to: 'bootstrap-es5.js', info: { minimized: true } },
          // The bundled sample, opened first when the pane runs outside Excel.
          { from: 'assets/ke-hoach-cchc-2024.xlsx', to: 'ke-hoach-cchc-2024.xlsx' },
          // The user guide and its screenshots: the manifest's SupportUrl.
          { from: GUIDE_SOURCE, to: GUIDE_PAGE, transform: (content) => guidePage(content.toString()) },
          { from: 'docs/screenshots/*.png', to: 'screenshots/[name][ext]' },
          ...officeJs.copyPatterns(officeJsMode, __dirname),
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // The dev URL becomes the production one (the manifest lists no AppDomain: the pane's
            // own origin needs none).
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(url)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: devServerType(),
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      host: 'localhost',
      hot: false,
      liveReload: true,
      onListening: (server) => {
        const { port } = server.server.address();
        const scheme = devServerType().type;
        console.log(sideloadHelp(`${scheme}://localhost:${port}/taskpane.html`, scheme === 'https'));
      },
    },
  };
};
