// Writes the JavaScript templates from the TypeScript ones, which are their only source (npm run templates:js):
//   node scripts/derive-js-templates.js            rewrite templates/{nodejs,custom}/javascript/
//   node scripts/derive-js-templates.js --out DIR  write them under DIR instead (the freshness test compares)
//   (--templates DIR reads the TypeScript templates from DIR instead of templates/)
// TypeScript's own compiler (the tsc CLI; TypeScript 7 has no stable JS API) erases the types: deployable code
// (src/) as CommonJS, tests (test/) as ES modules for vitest. A tidy pass then gives the emitted code the
// source's layout back (2-space indent, its line breaks and blank lines) and plain `require`s.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, tokenizer } from 'acorn';
import { importTs } from './import-ts.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** TypeScript template folder → the JavaScript one derived from it (both under templates/); each trigger folder has its own pair. */
export function templatePairs(templatesDir) {
  const triggers = join(templatesDir, 'triggers');
  const triggerPairs = (existsSync(triggers) ? readdirSync(triggers, { withFileTypes: true }) : [])
    .filter((entry) => entry.isDirectory() && existsSync(join(triggers, entry.name, 'nodejs/typescript')))
    .map((entry) => [`triggers/${entry.name}/nodejs/typescript`, `triggers/${entry.name}/nodejs/javascript`]);
  const shared = join(templatesDir, 'shared');
  const sharedPairs = (existsSync(shared) ? readdirSync(shared, { withFileTypes: true }) : [])
    .filter((entry) => entry.isDirectory() && existsSync(join(shared, entry.name, 'nodejs/typescript')))
    .map((entry) => [`shared/${entry.name}/nodejs/typescript`, `shared/${entry.name}/nodejs/javascript`]);
  return [['nodejs/typescript', 'nodejs/javascript'], ['custom/typescript', 'custom/javascript'], ...triggerPairs, ...sharedPairs];
}

// nodejs14, FC's oldest Node.js runtime here, parses ES2020.
const TARGET = 'ES2020';
const ECMA_VERSION = 2020;

function filesBelow(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** A TypeScript template's JavaScript path (`.ts` → `.js`, `.ejs` kept only when the JavaScript still has EJS tags). */
function javascriptPath(file, hasEjs) {
  return file.replace(/\.ts(\.ejs)?$/, hasEjs ? '.js.ejs' : '.js');
}

// ---------------------------------------------------------------------------------------------------------------
// EJS tags go through tsc as placeholders: a control tag (alone on its line) as a line comment, an output tag as an
// identifier, or as a string where it is a module specifier. Output tags with the same text share one placeholder,
// so `trigger<%- json(index) %>` stays the same identifier wherever it is used.

const TAG = /<%([_=\-#]?)([\s\S]*?)([_-]?)%>/g;
const LINE_PLACEHOLDER = /^[ \t]*\/\/\$ejs(\d+)\$[ \t]*$/;

function protectEjs(text, file) {
  const tags = [];
  const outputIds = new Map();
  const lines = text.split('\n').map((line, index) => {
    if (!line.includes('<%')) return line;
    if (/^\s*<%[_]?(?![=\-#])[\s\S]*%>\s*$/.test(line) && line.match(TAG)?.length === 1) {
      tags.push({ kind: 'line', text: line });
      return `//$ejs${tags.length - 1}$`;
    }
    return line.replace(TAG, (tag, opening, _body, _closing, offset) => {
      if (!['=', '-'].includes(opening)) throw new Error(`${file}:${index + 1}: put EJS control tags on lines of their own`);
      const specifier = /(\bfrom|\bimport\(|\brequire\()\s*$/.test(line.slice(0, offset));
      const key = `${specifier}:${tag}`;
      if (!outputIds.has(key)) {
        tags.push({ kind: specifier ? 'string' : 'identifier', text: tag });
        outputIds.set(key, tags.length - 1);
      }
      const id = outputIds.get(key);
      return specifier ? `'$ejs${id}$'` : `$ejs${id}$`;
    });
  });
  return { code: lines.join('\n'), tags };
}

function restoreEjs(code, tags, file) {
  const seen = [];
  let restored = code
    .split('\n')
    .map((line) => {
      const match = LINE_PLACEHOLDER.exec(line);
      if (!match) return line;
      seen.push(Number(match[1]));
      return tags[Number(match[1])].text;
    })
    .join('\n');
  const expected = tags.flatMap((tag, id) => (tag.kind === 'line' ? [id] : []));
  if (seen.join() !== expected.join()) {
    const lost = tags[expected.find((id, index) => seen[index] !== id)];
    throw new Error(`${file}: tsc dropped the EJS tag ${lost.text.trim()}; keep control tags next to code JavaScript keeps (not next to a type-only declaration)`);
  }
  restored = restored.replace(/(['"])\$ejs(\d+)\$\1|\$ejs(\d+)\$/g, (placeholder, quote, stringId, identifierId) => {
    const tag = tags[Number(stringId ?? identifierId)];
    if (tag.kind !== (stringId === undefined ? 'identifier' : 'string')) throw new Error(`${file}: EJS placeholder ${placeholder} ended up elsewhere`);
    return tag.text;
  });
  return restored;
}

// ---------------------------------------------------------------------------------------------------------------
// tsc, on copies of the templates in a temporary folder.

function tscBinary() {
  const manifest = createRequire(import.meta.url).resolve('typescript/package.json');
  return join(dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin.tsc);
}

const COMPILER_OPTIONS = {
  target: TARGET,
  lib: [TARGET],
  strict: true,
  esModuleInterop: true,
  // Types are erased, not checked: the generated TypeScript projects type-check the templates themselves.
  noCheck: true,
  skipLibCheck: true,
  types: [],
  sourceMap: true,
  newLine: 'lf',
};

/** Compiles `{commonjs: {path: code}, esnext: {path: code}}` (`.ts` paths) to `{commonjs: {path: {js, map}}, esnext: …}`. */
function compile(groups) {
  const work = mkdtempSync(join(tmpdir(), 'derive-js-'));
  try {
    return Object.fromEntries(
      Object.entries(groups).map(([module, sources]) => {
        const folder = join(work, module);
        for (const [path, code] of Object.entries(sources)) {
          mkdirSync(dirname(join(folder, 'in', path)), { recursive: true });
          writeFileSync(join(folder, 'in', path), code);
        }
        const compilerOptions = { ...COMPILER_OPTIONS, module, moduleResolution: 'bundler', rootDir: 'in', outDir: 'out' };
        writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: Object.keys(sources).map((path) => `in/${path}`) }));
        try {
          execFileSync(process.execPath, [tscBinary(), '-p', 'tsconfig.json'], { cwd: folder, encoding: 'utf8', stdio: 'pipe' });
        } catch (error) {
          throw new Error(`tsc failed on the TypeScript templates:\n${error.stdout || error.stderr || error.message}`);
        }
        const outputs = Object.keys(sources).map((path) => {
          const out = join(folder, 'out', path.replace(/\.ts$/, '.js'));
          const js = readFileSync(out, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
          return [path, { js, map: JSON.parse(readFileSync(`${out}.map`, 'utf8')) }];
        });
        return [module, Object.fromEntries(outputs)];
      }),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const isTest = (path) => path.split('/').includes('test');

// ---------------------------------------------------------------------------------------------------------------
// Layout: tsc prints code its own way (4-space indent, `if (x)` and its statement on two lines, call arguments on
// one line, no blank lines). Its source map says which source line each printed token came from, so printed lines
// are cut and joined until each holds one source line, take that line's indentation, and get the source's blank
// lines back.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Per printed line, its mapped segments in order: the printed column and the source line (both 0-based). */
function segmentsPerLine(mappings) {
  let sourceLine = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter(Boolean)
      .flatMap((segment) => {
        const values = decodeVlq(segment);
        column += values[0];
        if (values.length < 4) return [];
        sourceLine += values[2];
        return [{ column, sourceLine }];
      });
  });
}

/**
 * What the tokens say about each printed line: whether it starts inside a template literal or a block comment,
 * where a line comment starts on it, and which of its columns are inside a template literal (never split there).
 */
function lineFacts(js, sourceType) {
  const starts = [0];
  for (let index = js.indexOf('\n'); index !== -1; index = js.indexOf('\n', index + 1)) starts.push(index + 1);
  const lineOf = (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const facts = starts.map(() => ({ inTemplate: false, inComment: false, lineComment: undefined, templates: [] }));
  const spans = [];
  const onComment = (block, _text, start, end) => {
    if (block) spans.push({ start, end, field: 'inComment' });
    else facts[lineOf(start)].lineComment ??= start - starts[lineOf(start)];
  };
  // Template literals, outermost only: a stack of open templates, `${` substitutions and braces inside them.
  const stack = [];
  let templateStart;
  for (const token of tokenizer(js, { ecmaVersion: 'latest', sourceType, onComment, allowReturnOutsideFunction: true })) {
    const label = token.type.label;
    if (label === '`') {
      if (stack[stack.length - 1] === 'template') {
        stack.pop();
        if (stack.length === 0) spans.push({ start: templateStart, end: token.end, field: 'inTemplate' });
      } else {
        if (stack.length === 0) templateStart = token.start;
        stack.push('template');
      }
    } else if (stack.length > 0 && (label === '${' || label === '{')) {
      stack.push('brace');
    } else if (stack.length > 0 && label === '}') {
      stack.pop();
    }
  }
  for (const { start, end, field } of spans) {
    const first = lineOf(start);
    const last = lineOf(end);
    for (let line = first + 1; line <= last && starts[line] < end; line += 1) facts[line][field] = true;
    if (field === 'inTemplate') {
      for (let line = first; line <= last; line += 1) {
        facts[line].templates.push({ from: Math.max(start, starts[line]) - starts[line], to: Math.min(end, starts[line + 1] ?? end) - starts[line] });
      }
    }
  }
  return facts;
}

const isCommentText = (text) => /^(\/\/|\/\*|\*)/.test(text);

/** A printed line cut where its code comes from a later source line than what precedes it. */
function piecesOf(text, segments, facts, sourceLines) {
  const indent = text.match(/^\s*/)[0].length;
  const pieces = [];
  let from = 0;
  let first;
  let last;
  for (const { column, sourceLine } of segments) {
    const inTemplate = facts.templates.some((span) => column > span.from && column < span.to);
    const afterComment = facts.lineComment !== undefined && column >= facts.lineComment;
    if (last !== undefined && sourceLine > last && column > indent && !inTemplate && !afterComment && text.slice(from, column).trim() !== '') {
      pieces.push({ text: text.slice(from, column).trim(), first, last });
      from = column;
      first = undefined;
    }
    first ??= sourceLine;
    last = Math.max(last ?? sourceLine, sourceLine);
  }
  pieces.push({ text: text.slice(from).trim(), first, last, lineComment: facts.lineComment !== undefined });
  // tsc maps the `;` of `);` but not its `)`: closing brackets the source has on the piece's line move there.
  for (let index = 1; index < pieces.length; index += 1) {
    const closing = sourceLines[pieces[index].first].trim().match(/^[)\]}]+/)?.[0];
    const previous = pieces[index - 1];
    if (closing && !pieces[index].text.startsWith(closing) && previous.text.endsWith(closing) && previous.text.length > closing.length) {
      previous.text = previous.text.slice(0, -closing.length);
      pieces[index].text = closing + pieces[index].text;
    }
  }
  return pieces;
}

function relayout(js, map, source, sourceType) {
  const sourceLines = source.split('\n');
  const printed = js.replace(/\n$/, '').split('\n');
  const segments = segmentsPerLine(map.mappings);
  const facts = lineFacts(js, sourceType);
  const out = [];
  let searchFrom = 0;
  printed.forEach((text, index) => {
    const fact = facts[index];
    if (fact.inTemplate) {
      out.push({ text, verbatim: true });
      return;
    }
    const comment = fact.inComment || isCommentText(text.trim());
    let pieces;
    if (comment) {
      // Comment lines carry no mapping (or a loose one): find the same line in the source, after what came before.
      const found = sourceLines.findIndex((line, number) => number >= searchFrom && line.trim() === text.trim());
      pieces = [{ text: text.trim(), first: found === -1 ? undefined : found, last: found === -1 ? undefined : found, comment: true }];
    } else {
      pieces = piecesOf(text, segments[index] ?? [], fact, sourceLines);
    }
    for (const piece of pieces) {
      piece.indent = text.match(/^\s*/)[0];
      if (piece.first !== undefined) searchFrom = Math.max(searchFrom, piece.first);
      const previous = out[out.length - 1];
      const joinable = previous && !previous.verbatim && !previous.comment && !previous.lineComment && !piece.comment;
      // tsc prints `if (x) y;`, `} catch {` and `} else {` on two lines: join what came from one source line.
      if (joinable && ((piece.first !== undefined && piece.first === previous.last) || previous.text === 'else')) {
        previous.text = `${previous.text} ${piece.text}`;
        previous.first ??= piece.first;
        previous.last = piece.last ?? previous.last;
        previous.lineComment = piece.lineComment;
        continue;
      }
      // tsc drops a trailing comma of call arguments; where the source has one before a closing line, so does the output.
      if (previous && !previous.comment && !previous.verbatim && /^[)\]}]/.test(piece.text) && !/[,([{]$/.test(previous.text) && previous.last !== undefined) {
        if (/,\s*(\/\/.*)?$/.test(sourceLines[previous.last]) && !previous.lineComment) previous.text += ',';
      }
      out.push(piece);
    }
  });
  const lines = [];
  let lastSourceLine;
  for (const line of out) {
    if (line.verbatim) {
      lines.push(line.text);
      continue;
    }
    // A blank line between the previous printed line and this one in the source comes back.
    if (lastSourceLine !== undefined && line.first !== undefined && line.first > lastSourceLine + 1) {
      if (sourceLines.slice(lastSourceLine + 1, line.first).some((text) => text.trim() === '')) lines.push('');
    }
    const indent = line.first !== undefined ? sourceLines[line.first].match(/^\s*/)[0] : halfIndent(line.indent);
    lines.push(line.text === '' ? '' : indent + line.text);
    if (line.last !== undefined) lastSourceLine = Math.max(lastSourceLine ?? 0, line.last);
  }
  return `${lines.join('\n')}\n`;
}

/** tsc indents by four spaces; block comment continuations sit one space further in. */
function halfIndent(indent) {
  const width = indent.length;
  return ' '.repeat(Math.floor(width / 4) * 2 + (width % 4));
}

// ---------------------------------------------------------------------------------------------------------------
// Tidy: what tsc adds for ES module interop, written as plain CommonJS; `{ }` as `{}`; single quotes.

function walk(node, visit, parent) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit, node);
    else if (value && typeof value.type === 'string') walk(value, visit, node);
  }
}

/** Applies `{start, end, text}` edits (non-overlapping) to code. */
function applyEdits(code, edits) {
  let result = code;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** The whole line(s) a top-level statement takes, newline included. */
function statementLines(code, node) {
  const start = code.lastIndexOf('\n', node.start - 1) + 1;
  const end = code.indexOf('\n', node.end);
  return { start, end: end === -1 ? code.length : end + 1 };
}

const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The `require(...)` call in `require("m")` or `__importDefault(require("m"))` / `__importStar(require("m"))`. */
function requiredModule(init) {
  const call = init?.type === 'CallExpression' && init.callee.type === 'Identifier' && /^__import(Default|Star)$/.test(init.callee.name) ? init.arguments[0] : init;
  if (call?.type !== 'CallExpression' || call.callee.name !== 'require' || call.arguments[0]?.type !== 'Literal') return undefined;
  return { specifier: call.arguments[0].value, interop: call === init ? undefined : init.callee.name };
}

function tidyCommonJs(code, localNames, file) {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  const edits = [];
  const seenExports = new Set();
  const bindings = new Map();
  for (const statement of ast.body) {
    const text = code.slice(statement.start, statement.end);
    // The `__esModule` flag, the `exports.x = void 0` hoisting and interop helpers serve ES module importers; this code has none.
    const isHelper = statement.type === 'VariableDeclaration' && /^__(importDefault|importStar|createBinding|setModuleDefault)$/.test(statement.declarations[0].id.name);
    const isRepeatedExport = /^exports\.\w+ = \w+;$/.test(text) && seenExports.has(text);
    if (text === 'Object.defineProperty(exports, "__esModule", { value: true });' || /^(exports\.\w+ = )+void 0;$/.test(text) || isHelper || isRepeatedExport) {
      edits.push({ ...statementLines(code, statement), text: '' });
      continue;
    }
    if (/^exports\.\w+ = \w+;$/.test(text)) seenExports.add(text);
    if (statement.type === 'ExpressionStatement' && statement.directive === 'use strict') edits.push({ start: statement.start, end: statement.end, text: "'use strict';" });
    if (statement.type === 'VariableDeclaration' && statement.declarations.length === 1) {
      const [declaration] = statement.declarations;
      const required = requiredModule(declaration.init);
      if (required && declaration.id.type === 'Identifier') {
        bindings.set(declaration.id.name, { ...required, statement, members: new Set() });
      }
    }
  }
  // `json_1.isObject` and `(0, json_1.isObject)(…)` become `isObject`; a default import `express_1.default` becomes `express`.
  const uses = [];
  walk(ast, (node, parent) => {
    if (node.type === 'Identifier' && bindings.has(node.name) && parent !== bindings.get(node.name).statement.declarations[0]) {
      const binding = bindings.get(node.name);
      const member = parent?.type === 'MemberExpression' && parent.object === node && !parent.computed ? parent : undefined;
      if (!member) binding.whole = true;
      else uses.push({ binding, member, name: member.property.name });
    }
  });
  const sequences = new Map();
  walk(ast, (node) => {
    if (node.type === 'SequenceExpression' && node.expressions.length === 2 && node.expressions[0].type === 'Literal' && node.expressions[0].value === 0) sequences.set(node.expressions[1], node);
  });
  // Names the module declares or uses itself (not property names): a destructured import must not shadow one.
  const ownNames = new Set();
  walk(ast, (node, parent) => {
    const isProperty =
      (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
      ((parent?.type === 'Property' || parent?.type === 'MethodDefinition') && parent.key === node && !parent.computed && !parent.shorthand);
    if (node.type === 'Identifier' && !isProperty) ownNames.add(node.name);
  });
  for (const [name, binding] of bindings) {
    const local = localNames.get(binding.specifier) ?? {};
    if (binding.whole) {
      // The module object itself is used (a namespace import, or a require of our own): keep it, under its source name.
      if (binding.interop === 'importDefault') throw new Error(`${file}: the default import of ${binding.specifier} is used other than as a value`);
      const namespace = local.namespace ?? name;
      edits.push({ start: binding.statement.start, end: binding.statement.end, text: `const ${namespace} = require(${quote(binding.specifier)});` });
      walk(ast, (node) => {
        if (namespace !== name && node.type === 'Identifier' && node.name === name && node !== binding.statement.declarations[0].id) edits.push({ start: node.start, end: node.end, text: namespace });
      });
      continue;
    }
    const members = [...new Set(uses.filter((use) => use.binding === binding).map((use) => use.name))];
    const replacement = (member) => (member === 'default' ? local.default : member);
    if (members.some((member) => !replacement(member))) throw new Error(`${file}: no local name for the default import of ${binding.specifier}`);
    for (const member of members) {
      if (member !== 'default' && ownNames.has(member)) throw new Error(`${file}: ${member} from ${binding.specifier} clashes with a name of this module`);
    }
    const names = members.filter((member) => member !== 'default');
    const declarations = [
      ...(members.includes('default') ? [`const ${local.default} = require(${quote(binding.specifier)});`] : []),
      ...(names.length ? [`const { ${names.join(', ')} } = require(${quote(binding.specifier)});`] : []),
    ];
    if (declarations.length === 0) declarations.push(`require(${quote(binding.specifier)});`);
    edits.push({ start: binding.statement.start, end: binding.statement.end, text: declarations.join('\n') });
    for (const use of uses.filter((candidate) => candidate.binding === binding)) {
      const wrapper = sequences.get(use.member);
      const target = wrapper && code[wrapper.start - 1] === '(' && code[wrapper.end] === ')' ? { start: wrapper.start - 1, end: wrapper.end + 1 } : use.member;
      edits.push({ start: target.start, end: target.end, text: replacement(use.name) });
    }
  }
  return applyEdits(code, edits);
}

/** Local names of each module's default and namespace import, from the ES module emit of the same file. */
function importNames(esm) {
  const names = new Map();
  // One import at a time: the whole module may not parse, with both branches of an EJS `if` in it.
  for (const match of esm.matchAll(/^import\b[^;]*;/gm)) {
    const [statement] = parse(match[0], { ecmaVersion: 'latest', sourceType: 'module' }).body;
    const entry = names.get(statement.source.value) ?? {};
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportDefaultSpecifier') entry.default = specifier.local.name;
      if (specifier.type === 'ImportNamespaceSpecifier') entry.namespace = specifier.local.name;
    }
    names.set(statement.source.value, entry);
  }
  return names;
}

/** Positions where an expression needs no parentheses around it, whatever it is (a sequence aside). */
function isOpenSlot(node, parent) {
  switch (parent.type) {
    case 'VariableDeclarator':
      return parent.init === node;
    case 'Property':
      return parent.value === node && !parent.computed;
    case 'AssignmentExpression':
      return parent.right === node;
    case 'CallExpression':
    case 'NewExpression':
      return parent.arguments.includes(node);
    case 'ReturnStatement':
    case 'ArrayExpression':
    case 'TemplateLiteral':
      return true;
    default:
      return false;
  }
}

/** Parentheses left where `as` casts were erased (`(await response.json()) as unknown`, `(chunk as Buffer)`), on one line. */
function dropCastParentheses(code, sourceType) {
  for (;;) {
    const ast = parse(code, { ecmaVersion: 'latest', sourceType, preserveParens: true });
    const edits = [];
    walk(ast, (node, parent) => {
      if (node.type !== 'ParenthesizedExpression' || !parent || code.slice(node.start, node.end).includes('\n')) return;
      const inner = node.expression;
      if (inner.type === 'SequenceExpression' || edits.some((edit) => node.start < edit.end && edit.start < node.end)) return;
      const simple = ['Identifier', 'ThisExpression'].includes(inner.type) || (inner.type === 'Literal' && parent.type !== 'MemberExpression');
      if (simple || isOpenSlot(node, parent)) edits.push({ start: node.start, end: node.end, text: code.slice(inner.start, inner.end) });
    });
    if (edits.length === 0) return code;
    code = applyEdits(code, edits);
  }
}

function tidyLayout(code, sourceType) {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType });
  const edits = [];
  walk(ast, (node) => {
    if (node.type === 'BlockStatement' && node.body.length === 0 && /^\{\s+\}$/.test(code.slice(node.start, node.end))) edits.push({ start: node.start, end: node.end, text: '{}' });
  });
  const lines = dropCastParentheses(applyEdits(code, edits), sourceType).split('\n');
  // Blank lines around the directive and around the list of exports tsc puts at the top.
  const blankAfter = (index) => {
    if (index >= 0 && index < lines.length - 1 && lines[index + 1] !== '') lines.splice(index + 1, 0, '');
  };
  const exportsList = /^exports\.\w+ = \w+;$/;
  const first = lines.findIndex((line) => exportsList.test(line));
  if (first !== -1) {
    let last = first;
    while (exportsList.test(lines[last + 1] ?? '')) last += 1;
    blankAfter(last);
    blankAfter(first - 1);
  }
  if (lines[0] === "'use strict';") blankAfter(0);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * The TypeScript template folders that have no JavaScript twin, relative to templates/: the servers of
 * frameworks the catalog offers in TypeScript only (NestJS, whose decorators JavaScript cannot write).
 */
export function typescriptOnlyFolders(frameworks) {
  return frameworks
    .filter((framework) => framework.languages.includes('typescript') && !framework.languages.includes('javascript'))
    .map((framework) => `custom/typescript/web/${framework.id}/`);
}

/** Every JavaScript template derived from a TypeScript one: `{source, target, contents}`, paths relative to templates/. */
export function deriveJsTemplates(templatesDir = join(ROOT, 'templates'), skipped = []) {
  const entries = templatePairs(templatesDir).flatMap(([from, to]) =>
    filesBelow(join(templatesDir, from))
      .filter((file) => /\.ts(\.ejs)?$/.test(file) && !/\.d\.ts$/.test(file))
      .filter((file) => !skipped.some((folder) => `${from}/${file}`.startsWith(folder)))
      .map((file) => {
        const source = `${from}/${file}`;
        const { code, tags } = protectEjs(readFileSync(join(templatesDir, source), 'utf8'), source);
        return { source, to, file, code, tags, compiled: `${from}/${file.replace(/\.ejs$/, '')}` };
      }),
  );
  const deployable = entries.filter((entry) => !isTest(entry.compiled));
  const { commonjs, esnext } = compile({
    commonjs: Object.fromEntries(deployable.map((entry) => [entry.compiled, entry.code])),
    // Tests are ES modules for vitest; the deployable code's ES module emit keeps the local names of its default imports.
    esnext: Object.fromEntries(entries.map((entry) => [entry.compiled, entry.code])),
  });
  return entries.flatMap((entry) => {
    const { js, map } = (isTest(entry.compiled) ? esnext : commonjs)[entry.compiled];
    const sourceType = isTest(entry.compiled) ? 'module' : 'script';
    let code = relayout(js, map, entry.code, sourceType);
    if (sourceType === 'script') code = tidyCommonJs(code, importNames(esnext[entry.compiled].js), entry.source);
    code = tidyLayout(code, sourceType);
    // A module of types only (fc-types.ts) has no JavaScript.
    if (parse(code, { ecmaVersion: 'latest', sourceType }).body.every((node) => node.directive)) return [];
    try {
      parse(code, { ecmaVersion: ECMA_VERSION, sourceType });
    } catch (error) {
      throw new Error(`${entry.source}: the JavaScript does not parse as ES${ECMA_VERSION}: ${error.message}`);
    }
    const contents = restoreEjs(code, entry.tags, entry.source);
    return [{ source: entry.source, target: `${entry.to}/${javascriptPath(entry.file, contents.includes('<%'))}`, contents }];
  });
}

async function main(args) {
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const templatesDir = option('--templates') ?? join(ROOT, 'templates');
  const outDir = option('--out') ?? templatesDir;
  const { FRAMEWORKS } = await importTs('generators/core/catalog/frameworks.ts');
  const derived = deriveJsTemplates(templatesDir, typescriptOnlyFolders(FRAMEWORKS));
  for (const { target, contents } of derived) {
    mkdirSync(dirname(join(outDir, target)), { recursive: true });
    writeFileSync(join(outDir, target), contents);
    // A template that gained or lost its EJS tags changes its name: the old one must go.
    const other = target.endsWith('.ejs') ? target.slice(0, -'.ejs'.length) : `${target}.ejs`;
    if (outDir === templatesDir) rmSync(join(outDir, other), { force: true });
  }
  console.log(`${derived.length} JavaScript templates written to ${relative(process.cwd(), outDir) || '.'}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
