/**
 * The layering of src/, as data, and a checker that reads every import the way TypeScript does
 * (ts.preProcessFile: static and dynamic imports, re-exports, require, triple-slash references),
 * so a string that merely looks like an import never counts and a real one is never missed.
 *
 *   core  ←  host, xlsx, docx  ←  excel, browser  ←  taskpane, cli
 *
 * Imports point down only. The one arrow between neighbours is docx → xlsx: the Word reader opens
 * its zip with the .xlsx host's bounded reader and shares its read errors (never the reverse).
 */
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import ts from 'typescript';

export const LAYERS = ['core', 'host', 'xlsx', 'docx', 'excel', 'browser', 'taskpane', 'cli'] as const;
export type Layer = (typeof LAYERS)[number];

/** What each layer may import besides itself. */
export const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  core: [],
  host: ['core'],
  xlsx: ['core', 'host'],
  docx: ['core', 'host', 'xlsx'],
  excel: ['core', 'host'],
  browser: ['core', 'host', 'xlsx', 'docx'],
  taskpane: ['core', 'host', 'xlsx', 'docx', 'excel', 'browser'],
  cli: ['core', 'host', 'xlsx', 'docx'],
};

/** Packages core may use: pure libraries that run the same in Node, a browser and a worker. */
export const CORE_PACKAGES: readonly string[] = ['zod', 'html-entities'];

/** Node's own modules are for the command line and the file readers' Node entry points only. */
const NODE_LAYERS: readonly Layer[] = ['cli', 'xlsx', 'docx'];
/** React and Fluent UI are the pane's. */
const UI_PACKAGE = /^(react|react-dom|scheduler|@fluentui\/.*)(\/.*)?$/;

/**
 * The pane's engine also runs inside a Web Worker, and so does whatever it imports: of the pane,
 * the engine and the pure folders it uses (the pane's formats and its own errors) may import only
 * one another, no host that needs Office.js or the page (excel, browser), and no React.
 */
const PANE_WORKER = ['taskpane/engine', 'taskpane/format', 'taskpane/errors'];
const PANE_WORKER_MAY_NOT: readonly Layer[] = ['excel', 'browser'];
const WORKER_SAYS = "the pane's worker runs it";
const inPaneWorker = (file: string) => PANE_WORKER.some((dir) => file.startsWith(`src/${dir}/`));

export interface SourceFile {
  /** Path relative to the repository, with forward slashes: `src/core/readPlan.ts`. */
  path: string;
  text: string;
}

const SOURCE = /\.(tsx?|jsx?|mjs|cjs)$/;

export function sourceFiles(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (SOURCE.test(e.name))
        out.push({ path: path.relative(root, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(path.join(root, 'src'));
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** `src/taskpane/engine/jobs.ts` → `taskpane`; null outside the known layers. */
export function layerOf(file: string): Layer | null {
  const top = /^src\/([^/]+)\//.exec(file)?.[1];
  return (LAYERS as readonly string[]).includes(top ?? '') ? (top as Layer) : null;
}

function isNodeBuiltin(spec: string): boolean {
  return spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]);
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const RESOLVE = ['', '.ts', '.tsx', '.d.ts', '.js', '/index.ts', '/index.tsx', '/index.js'];

/** The file a relative import names, among the files given; null when none is there. */
function resolve(from: string, spec: string, known: ReadonlySet<string>): string | null {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const ext of RESOLVE) if (known.has(base + ext)) return base + ext;
  return null;
}

/** Every arrow out of a file: imports and re-exports, dynamic imports, require, references. */
export function importsOf(file: SourceFile): { spec: string; kind: 'import' | 'reference' }[] {
  const info = ts.preProcessFile(file.text, true, true);
  return [
    ...info.importedFiles.map((f) => ({ spec: f.fileName, kind: 'import' as const })),
    ...info.referencedFiles.map((f) => ({ spec: f.fileName, kind: 'reference' as const })),
    ...info.typeReferenceDirectives.map((f) => ({ spec: f.fileName, kind: 'reference' as const })),
    ...info.libReferenceDirectives.map((f) => ({ spec: `lib:${f.fileName}`, kind: 'reference' as const })),
  ];
}

/** One line per import the layering forbids: `src/core/x.ts → ../excel/run (core may not import excel)`. */
export function layerViolations(files: readonly SourceFile[]): string[] {
  const known = new Set(files.map((f) => f.path));
  const out: string[] = [];
  for (const file of files) {
    const from = layerOf(file.path);
    if (from === null) {
      out.push(
        `${file.path}: not in a known layer (${LAYERS.join(', ')}); add its folder to test/architecture/layers.ts`,
      );
      continue;
    }
    for (const { spec, kind } of importsOf(file)) {
      const say = (why: string) => out.push(`${file.path} → ${spec} (${why})`);
      if (kind === 'reference') {
        if (from === 'core') say('core references no library or types beyond ECMAScript');
        continue;
      }
      if (!spec.startsWith('.')) {
        if (from === 'core' && !CORE_PACKAGES.includes(packageName(spec)))
          say(`core may use only ${CORE_PACKAGES.join(', ')}`);
        else if (isNodeBuiltin(spec) && !NODE_LAYERS.includes(from))
          say(`Node's modules are for ${NODE_LAYERS.join(', ')} only`);
        else if (UI_PACKAGE.test(spec) && from !== 'taskpane') say('React and Fluent UI are for the pane only');
        else if (UI_PACKAGE.test(spec) && inPaneWorker(file.path))
          say(`${WORKER_SAYS}: it may not import React or Fluent UI`);
        continue;
      }
      const target = resolve(file.path, spec, known);
      if (target === null) {
        say('no such file in src');
        continue;
      }
      const to = layerOf(target);
      if (to === null) {
        say('outside the known layers');
        continue;
      }
      if (to !== from && !MAY_IMPORT[from].includes(to)) say(`${from} may not import ${to}`);
      if (inPaneWorker(file.path)) {
        if (to === 'taskpane' && !inPaneWorker(target))
          say(
            `${WORKER_SAYS}: of the pane it may import only ${PANE_WORKER.map((d) => d.replace('taskpane/', '')).join(', ')}`,
          );
        if (PANE_WORKER_MAY_NOT.includes(to)) say(`${WORKER_SAYS}: it may not import ${to}`);
      }
    }
  }
  return out;
}

/**
 * Compiler options under which only ECMAScript exists: no DOM, no Node types, no Office.js. Code
 * that uses `document`, `Buffer`, `process`, `Office`, `setTimeout` or `console` does not compile.
 */
export const ECMASCRIPT_ONLY: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  types: [],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  esModuleInterop: true,
  resolveJsonModule: true,
  isolatedModules: true,
  ignoreDeprecations: '6.0',
};

/** Declaration files that would bring a host's globals into scope. */
const HOST_GLOBALS = /(\/@types\/(node|office-js|office-runtime)\/|\/lib\.(dom|webworker|scripthost)[.\w]*\.d\.ts$)/;

/**
 * Compiles the given files with ECMASCRIPT_ONLY. `virtual` files (tests of this check) are served
 * from memory. Returns one line per diagnostic, and every declaration file that brought a host's
 * globals in (a package's `/// <reference types="node" />` would).
 */
export function compileEcmaScriptOnly(
  rootNames: string[],
  virtual: Record<string, string> = {},
): { diagnostics: string[]; hostGlobals: string[] } {
  const host = ts.createCompilerHost(ECMASCRIPT_ONLY);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (name, lang, onError, create) =>
    name in virtual ? ts.createSourceFile(name, virtual[name], lang) : getSourceFile(name, lang, onError, create);
  host.fileExists = (name) => name in virtual || fileExists(name);
  host.readFile = (name) => (name in virtual ? virtual[name] : readFile(name));
  const program = ts.createProgram([...rootNames, ...Object.keys(virtual)], ECMASCRIPT_ONLY, host);
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
    const where =
      d.file && d.start !== undefined
        ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}`
        : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`.trim();
  });
  const hostGlobals = program
    .getSourceFiles()
    .map((s) => s.fileName)
    .filter((f) => HOST_GLOBALS.test(f));
  return { diagnostics, hostGlobals };
}
