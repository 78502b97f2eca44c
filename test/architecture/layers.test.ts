/**
 * The architecture, enforced: every import in src/ points down the layers (see ./layers.ts), and
 * core compiles with nothing but ECMAScript, so it cannot touch Node, the DOM or Office.js. Each
 * rule is also shown catching a file that breaks it, so neither check can pass by seeing nothing.
 */
import * as path from 'path';
import { compileEcmaScriptOnly, layerViolations, sourceFiles, type SourceFile } from './layers';

const ROOT = path.resolve(__dirname, '../..');

describe('imports point down only', () => {
  const files = sourceFiles(ROOT);

  it('reads every source file in src', () => {
    // The checker walked the real tree: the hosts and both front ends are there.
    for (const p of [
      'src/core/readPlan.ts',
      'src/host/workbookHost.ts',
      'src/excel/excelHost.ts',
      'src/browser/browserHost.ts',
      'src/taskpane/index.tsx',
      'src/cli/main.ts',
    ]) {
      expect(files.map((f) => f.path)).toContain(p);
    }
  });

  it('no import in src runs upward or sideways', () => {
    expect(layerViolations(files)).toEqual([]);
  });

  it('catches the arrows it forbids', () => {
    const f = (p: string, text: string): SourceFile => ({ path: p, text });
    const bad = [
      f('src/core/a.ts', "import { run } from '../excel/run';\nimport type { X } from '../host/workbookHost';"),
      f(
        'src/core/b.ts',
        "/// <reference types=\"office-js\" />\nimport { readFileSync } from 'fs';\nimport JSZip from 'jszip';",
      ),
      f('src/core/c.ts', "export { y } from './a';\nconst z = () => import('../taskpane/index');"),
      f('src/excel/run.ts', "import { createBrowserHost } from '../browser/browserHost';"),
      f('src/browserHost.ts', ''),
      f('src/browser/browserHost.ts', "import type { WorkbookHost } from '../taskpane/host/types';"),
      f('src/xlsx/w.ts', "const d = require('../docx/readAnyFile');"),
      f('src/cli/c.ts', "import { App } from '../taskpane/App';\nimport React from 'react';"),
      f('src/host/workbookHost.ts', "import { x } from '../excel/run';\nimport * as p from 'node:path';"),
      f('src/taskpane/App.tsx', ''),
      f('src/taskpane/host/types.ts', ''),
      f('src/taskpane/state/paneError.ts', ''),
      f('src/docx/readAnyFile.ts', "import { r } from '../xlsx/w';"),
      f('src/taskpane/engine/jobs.ts', "import { e } from '../state/paneError';\nimport { r } from '../../excel/run';"),
      f('src/taskpane/format/cellWindow.ts', "import { s } from '../i18n/strings';\nimport React from 'react';"),
      f('src/taskpane/i18n/strings.ts', ''),
      f('src/taskpane/errors/paneCodeError.ts', "import { b } from '../../browser/browserHost';"),
      f(
        'src/taskpane/index.tsx',
        "import { x } from './engine/jobs';\nimport { y } from '../excel/run';\nimport { z } from '../browser/browserHost';",
      ),
    ];
    expect(layerViolations(bad)).toEqual([
      'src/core/a.ts → ../excel/run (core may not import excel)',
      'src/core/a.ts → ../host/workbookHost (core may not import host)',
      'src/core/b.ts → fs (core may use only zod, html-entities)',
      'src/core/b.ts → jszip (core may use only zod, html-entities)',
      'src/core/b.ts → office-js (core references no library or types beyond ECMAScript)',
      'src/core/c.ts → ../taskpane/index (core may not import taskpane)',
      'src/excel/run.ts → ../browser/browserHost (excel may not import browser)',
      'src/browserHost.ts: not in a known layer (core, host, xlsx, docx, excel, browser, taskpane, cli); add its folder to test/architecture/layers.ts',
      'src/browser/browserHost.ts → ../taskpane/host/types (browser may not import taskpane)',
      'src/xlsx/w.ts → ../docx/readAnyFile (xlsx may not import docx)',
      'src/cli/c.ts → ../taskpane/App (cli may not import taskpane)',
      'src/cli/c.ts → react (React and Fluent UI are for the pane only)',
      'src/host/workbookHost.ts → ../excel/run (host may not import excel)',
      "src/host/workbookHost.ts → node:path (Node's modules are for cli, xlsx, docx only)",
      "src/taskpane/engine/jobs.ts → ../state/paneError (the pane's worker runs it: of the pane it may import only engine, format, errors)",
      "src/taskpane/engine/jobs.ts → ../../excel/run (the pane's worker runs it: it may not import excel)",
      "src/taskpane/format/cellWindow.ts → ../i18n/strings (the pane's worker runs it: of the pane it may import only engine, format, errors)",
      "src/taskpane/format/cellWindow.ts → react (the pane's worker runs it: it may not import React or Fluent UI)",
      "src/taskpane/errors/paneCodeError.ts → ../../browser/browserHost (the pane's worker runs it: it may not import browser)",
    ]);
  });

  it('lets through the arrows that point down, and docx → xlsx', () => {
    const f = (p: string, text = ''): SourceFile => ({ path: p, text });
    const good = [
      f('src/core/grid.ts', "import { z } from 'zod';"),
      f('src/host/task.ts', "import type { Grid } from '../core/grid';"),
      f('src/xlsx/readWorkbook.ts', "import { readFileSync } from 'fs';\nimport { x } from '../core/grid';"),
      f('src/docx/readAnyFile.ts', "import { r } from '../xlsx/readWorkbook';"),
      f('src/excel/run.ts', "import { t } from '../host/task';"),
      f('src/browser/browserHost.ts', "const r = () => import('../docx/readAnyFile');"),
      f(
        'src/taskpane/engine/jobs.ts',
        "import { t } from '../../host/task';\nimport { g } from '../../core/grid';\nimport { w } from '../format/cellWindow';\nimport { e } from '../errors/paneCodeError';",
      ),
      f('src/taskpane/format/cellWindow.ts', "import { g } from '../../core/grid';"),
      f('src/taskpane/errors/paneCodeError.ts'),
      f(
        'src/taskpane/index.tsx',
        "import React from 'react';\nimport { j } from './engine/jobs';\nimport { r } from '../excel/run';",
      ),
      f('src/cli/main.ts', "import * as fs from 'node:fs';\nimport { r } from '../docx/readAnyFile';"),
    ];
    expect(layerViolations(good)).toEqual([]);
    // The sideways arrow is one-way.
    expect(layerViolations([...good, f('src/xlsx/w.ts', "import { r } from '../docx/readAnyFile';")])).toEqual([
      'src/xlsx/w.ts → ../docx/readAnyFile (xlsx may not import docx)',
    ]);
  });
});

describe('core uses no Node, DOM or Office.js API', () => {
  it('src/core compiles with the ECMAScript library alone', () => {
    const core = sourceFiles(ROOT)
      .filter((f) => f.path.startsWith('src/core/'))
      .map((f) => path.join(ROOT, f.path));
    expect(core.length).toBeGreaterThan(50);
    const { diagnostics, hostGlobals } = compileEcmaScriptOnly(core);
    expect(diagnostics).toEqual([]);
    // No package core imports brought a host's globals in behind its back.
    expect(hostGlobals).toEqual([]);
  });

  it('catches a use of the DOM, Node or Office.js', () => {
    const file = path.join(ROOT, 'src/core/__layers_probe__.ts');
    const text = [
      'export const a = document.title;',
      'export const b = Buffer.from("x");',
      'export const c = process.env.HOME;',
      'export const d = typeof Office;',
      'export const e = setTimeout(() => 0, 1);',
      'console.log(a);',
      'export const f = 1;',
    ].join('\n');
    const { diagnostics } = compileEcmaScriptOnly([], { [file]: text });
    // One complaint for each of the six lines that use a host's API; the last line is plain ECMAScript.
    const lines = diagnostics.map((d) => Number(/__layers_probe__\.ts:(\d+)/.exec(d)?.[1]));
    expect([...new Set(lines)].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
