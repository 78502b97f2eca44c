/**
 * Comments say why, in words a reader of this repository can check: never the number of a tracker
 * item (the tracker is not in the repository, and its numbers mean nothing to the next reader),
 * never a file outside the repository (the session's shared notes). Comments are found with
 * TypeScript's own scanner, so a string or a regular expression holding such words is not taken
 * for one. Other projects' bug reports (`office-js#3611`) are citations a reader can follow. And
 * a file of the repository a comment names must exist, so a rename cannot leave a comment behind.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';

const ROOT = join(__dirname, '../..');
const DIRS = ['src', 'test', 'scripts'];
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;

const FORBIDDEN: [string, RegExp][] = [
  ['an issue number', /\bissues?\s*#?\d+/i],
  ['a bare #number', /(^|[\s(,;])#\d+\b/],
  ['the issue itself', /\b(the|this|that) issue(['’]s)?\b|\bissue:/i],
  ['a file outside the repository', /\.\.\/shared\b|\/work\/shared\b|\b(DOMAIN|DESIGN)\.md\b/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Tokens after which a `/` divides; anywhere else it opens a regular expression. */
const ENDS_EXPRESSION = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.BigIntLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.SuperKeyword,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
  ts.SyntaxKind.NullKeyword,
  ts.SyntaxKind.PlusPlusToken,
  ts.SyntaxKind.MinusMinusToken,
]);

function commentsOf(text: string, jsx: boolean): { line: number; text: string }[] {
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    jsx ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard,
    text,
  );
  const out: { line: number; text: string }[] = [];
  // Comments come in order, so the line count only moves forward.
  let line = 1;
  let counted = 0;
  const lineAt = (pos: number): number => {
    for (; counted < pos; counted++) if (text.charCodeAt(counted) === 10) line++;
    return line;
  };
  // Open braces inside each `${ … }` of the template literals around the scanner, innermost last.
  const templates: number[] = [];
  let previous = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) {
      out.push({ line: lineAt(scanner.getTokenStart()), text: scanner.getTokenText() });
      continue;
    }
    if (kind === ts.SyntaxKind.WhitespaceTrivia || kind === ts.SyntaxKind.NewLineTrivia) continue;
    if (
      (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) &&
      !ENDS_EXPRESSION.has(previous)
    )
      kind = scanner.reScanSlashToken();
    else if (kind === ts.SyntaxKind.TemplateHead) templates.push(0);
    else if (kind === ts.SyntaxKind.OpenBraceToken && templates.length) templates[templates.length - 1]++;
    else if (kind === ts.SyntaxKind.CloseBraceToken && templates.length) {
      if (templates[templates.length - 1] === 0) {
        // The `}` closing a `${`: the template's text goes on.
        kind = scanner.reScanTemplateToken(false);
        if (kind === ts.SyntaxKind.TemplateTail) templates.pop();
      } else templates[templates.length - 1]--;
    }
    previous = kind;
  }
  return out;
}

test('comments cite no issue numbers and no files outside the repository', () => {
  const found: string[] = [];
  for (const file of DIRS.flatMap((d) => sourceFiles(join(ROOT, d)))) {
    for (const c of commentsOf(readFileSync(file, 'utf8'), /\.(tsx|jsx)$/.test(file))) {
      for (const [what, pattern] of FORBIDDEN) {
        const m = pattern.exec(c.text);
        if (m) found.push(`${relative(ROOT, file)}:${c.line}: ${what} (${m[0].trim()})`);
      }
    }
  }
  expect(found).toEqual([]);
});

test('the scan finds such a comment, and not the same words in a string', () => {
  const sample = [
    "const a = 'issue 6'; // as issue 6 says",
    'const r = /#12/; /* see DOMAIN.md */',
    'const u = `https://x/${a}//not a comment ${{ b: 1 }.b}`; const q = 4 / 2; // #14',
  ].join('\n');
  expect(commentsOf(sample, false)).toEqual([
    { line: 1, text: '// as issue 6 says' },
    { line: 2, text: '/* see DOMAIN.md */' },
    { line: 3, text: '// #14' },
  ]);
});

/** Paths in comments that are examples or patterns, not files. */
const NOT_FILES = new Set(['src/core/x.ts', 'assets/icon-16/32/64/80.png']);

test('every file of the repository a comment names exists', () => {
  const missing: string[] = [];
  for (const file of DIRS.flatMap((d) => sourceFiles(join(ROOT, d)))) {
    for (const c of commentsOf(readFileSync(file, 'utf8'), /\.(tsx|jsx)$/.test(file))) {
      for (const m of c.text.matchAll(/(?<![\w./-])((?:src|test|scripts|docs|assets)\/[\w./-]*\w)/g)) {
        if (!NOT_FILES.has(m[1]) && !existsSync(join(ROOT, m[1])))
          missing.push(`${relative(ROOT, file)}:${c.line}: ${m[1]}`);
      }
    }
  }
  expect(missing).toEqual([]);
});
