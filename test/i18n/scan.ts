// Reads the extension's source with the TypeScript parser, for the i18n tests: which message
// keys the code uses, and which words it shows without a message lookup.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(import.meta.dirname, '../..');

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir)).sort()) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

function parse(path: string, text = readFileSync(join(ROOT, path), 'utf8')): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const isStringy = (n: ts.Node): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);

/** Every string literal of the files (where message keys can hide: maps of reasons to keys). */
export function stringLiterals(paths: string[]): Set<string> {
  const out = new Set<string>();
  for (const path of paths) walk(parse(path), (n) => void (isStringy(n) && out.add(n.text)));
  return out;
}

/** The first argument of each t()/plural() call, literal or not. */
export function lookups(paths: string[]): Array<{ fn: string; key: string | null; where: string }> {
  const out: Array<{ fn: string; key: string | null; where: string }> = [];
  for (const path of paths) {
    const file = parse(path);
    walk(file, (n) => {
      if (!ts.isCallExpression(n) || !ts.isIdentifier(n.expression) || !['t', 'plural'].includes(n.expression.text)) return;
      const first = n.arguments[0];
      out.push({ fn: n.expression.text, key: first && isStringy(first) ? first.text : null, where: at(file, n) });
    });
  }
  return out;
}

function at(file: ts.SourceFile, node: ts.Node): string {
  const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
  return `${relative(ROOT, join(ROOT, file.fileName))}:${line + 1}`;
}

const LETTER = /\p{L}/u;
/** Attributes a person reads or hears. */
const UI_ATTRIBUTES = new Set(['title', 'alt', 'placeholder', 'label', 'aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext']);
/** DOM properties a person reads or hears. */
const UI_PROPERTIES = new Set(['textContent', 'innerText', 'innerHTML', 'outerHTML', 'title', 'alt', 'placeholder', 'label', 'ariaLabel', 'ariaDescription', 'ariaValueText', 'ariaRoleDescription', 'nodeValue', 'data']);
/** Calls whose string arguments become text on the screen, by argument position. */
const TEXT_ARGUMENTS: Record<string, number[]> = { createTextNode: [0], append: [0, 1, 2, 3], prepend: [0, 1, 2, 3], before: [0], after: [0], replaceWith: [0], insertAdjacentText: [1], el: [3], button: [2, 3], alert: [0], confirm: [0], prompt: [0] };
/** Object properties that hold English on purpose: a Failure's sentences for the CLI and logs. */
const ENGLISH_FIELDS = new Set(['message', 'advice', 'detail']);

export interface Hardcoded {
  where: string;
  text: string;
  rule: string;
}

/** Words in `node` that are not a message lookup: string literals and template text with a
 *  letter, outside t()/plural() calls and outside type positions. */
function literalWords(node: ts.Node): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    // A call's words are its own: t()/plural() are lookups, el()/button()/append() are scanned
    // as text helpers themselves, and the prose rule sees sentences given to anything else.
    if (ts.isCallExpression(n)) return;
    // Types are not shown; nested JSX is scanned on its own (its attributes, its children).
    if (ts.isTypeNode(n) || ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isJsxFragment(n)) return;
    if (isStringy(n) && LETTER.test(n.text)) out.push(n.text);
    else if (ts.isTemplateExpression(n)) {
      const parts = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)];
      if (parts.some((p) => LETTER.test(p))) out.push(parts.join('…'));
      n.templateSpans.forEach((s) => visit(s.expression));
      return;
    }
    // Conditions choose; they are not shown (`reader === 'open' ? … : …`).
    if (ts.isConditionalExpression(n)) {
      visit(n.whenTrue);
      visit(n.whenFalse);
      return;
    }
    if (ts.isBinaryExpression(n) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(n.operatorToken.kind)) return;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
      visit(n.right);
      return;
    }
    n.forEachChild(visit);
  };
  visit(node);
  return out;
}

/** A string that reads as prose: two words or more with a letter, starting with a capital or
 *  ending like a sentence. Class names, tags, CSS and keys are none of that. */
function isProse(text: string): boolean {
  if (!LETTER.test(text) || /[\n{}]/.test(text)) return false;
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && (/^\p{Lu}\p{Ll}/u.test(text.trim()) || /[.…!?:]$/.test(text.trim()));
}

/** Words a file shows without going through the messages. `// i18n-ignore` on the line before
 *  (or the same line) lets one through, with its reason. */
export function findHardcoded(path: string, text?: string, options: { prose?: boolean } = {}): Hardcoded[] {
  const file = parse(path, text);
  const source = file.getFullText();
  const out: Hardcoded[] = [];
  const ignored = (n: ts.Node) => {
    const { line } = file.getLineAndCharacterOfPosition(n.getStart(file));
    const lines = source.split('\n');
    return /i18n-ignore/.test(lines[line] ?? '') || /i18n-ignore/.test(lines[line - 1] ?? '');
  };
  const report = (n: ts.Node, words: string[], rule: string) => {
    if (!ignored(n)) for (const w of words) out.push({ where: at(file, n), text: w, rule });
  };
  const seen = new Set<ts.Node>();

  walk(file, (n) => {
    // <p>Some words</p>
    if (ts.isJsxText(n) && LETTER.test(n.text)) report(n, [n.text.trim()], 'JSX text');
    // <p>{'Some words'}</p>, <p>{open ? 'Close' : 'Open'}</p>
    if (ts.isJsxExpression(n) && n.expression && (ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent))) report(n, literalWords(n.expression), 'JSX child');
    // title="Some words", aria-label={'Some words'}
    if (ts.isJsxAttribute(n) && UI_ATTRIBUTES.has(n.name.getText(file)) && n.initializer) {
      const init = n.initializer;
      const words = ts.isStringLiteral(init) ? (LETTER.test(init.text) ? [init.text] : []) : ts.isJsxExpression(init) && init.expression ? literalWords(init.expression) : [];
      report(n, words, `attribute ${n.name.getText(file)}`);
    }
    // node.textContent = 'Some words'
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && UI_PROPERTIES.has(n.left.name.text)) {
      report(n, literalWords(n.right), `.${n.left.name.text} =`);
    }
    if (ts.isCallExpression(n)) {
      const callee = ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : ts.isIdentifier(n.expression) ? n.expression.text : '';
      // el.setAttribute('aria-label', 'Some words')
      if (callee === 'setAttribute' && n.arguments[0] && isStringy(n.arguments[0]) && UI_ATTRIBUTES.has(n.arguments[0].text) && n.arguments[1]) {
        report(n, literalWords(n.arguments[1]), `setAttribute ${n.arguments[0].text}`);
      }
      // createTextNode('Some words'), el(doc, 'p', 'x', 'Some words'), button(doc, 'x', 'Text', 'Label')
      for (const i of TEXT_ARGUMENTS[callee] ?? []) if (n.arguments[i]) report(n.arguments[i], literalWords(n.arguments[i]), `${callee}() text`);
    }
    // Anything else that reads as a sentence: a table of labels, a constant of advice.
    if (options.prose && isStringy(n) && isProse(n.text) && !seen.has(n)) {
      seen.add(n);
      let p: ts.Node = n.parent;
      // Parentheses, `as`, `??` and `||` pass the string through to whatever holds it.
      while (ts.isParenthesizedExpression(p) || ts.isAsExpression(p) || (ts.isBinaryExpression(p) && p.operatorToken.kind !== ts.SyntaxKind.EqualsToken)) p = p.parent;
      const englishField = ts.isPropertyAssignment(p) && ENGLISH_FIELDS.has(p.name.getText(file));
      const errorText = ts.isNewExpression(p) && /Error$/.test(p.expression.getText(file));
      const lookup = ts.isCallExpression(p) && ts.isIdentifier(p.expression) && ['t', 'plural'].includes(p.expression.text);
      if (!englishField && !errorText && !lookup && !ts.isJsxAttribute(p) && !ts.isImportDeclaration(p) && !ts.isExportDeclaration(p)) report(n, [n.text], 'prose literal');
    }
  });
  // The same literal can be caught by two rules; say it once.
  const unique = new Map<string, Hardcoded>();
  for (const h of out) if (!unique.has(`${h.where} ${h.text}`)) unique.set(`${h.where} ${h.text}`, h);
  return [...unique.values()];
}

/** Object literals that build a Failure ({ status: 'no-article' | …, message }) without a code:
 *  the extension could only show their English. */
export function failuresWithoutCode(paths: string[]): string[] {
  const statuses = new Set(['no-article', 'too-large', 'restricted-page', 'timeout', 'internal']);
  const out: string[] = [];
  for (const path of paths) {
    const file = parse(path);
    walk(file, (n) => {
      if (!ts.isObjectLiteralExpression(n)) return;
      const props = new Map(n.properties.flatMap((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? [[p.name.getText(file), p] as const] : [])));
      const status = props.get('status');
      const isFailure = status && ts.isPropertyAssignment(status) && isStringy(status.initializer) && statuses.has(status.initializer.text) && props.has('message');
      if (isFailure && !props.has('code')) out.push(at(file, n));
    });
  }
  return out;
}
