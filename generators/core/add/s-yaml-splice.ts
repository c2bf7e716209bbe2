import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { yamlText } from '../yaml-text.js';
import { isDeepStrictEqual } from 'node:util';
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';

/**
 * Lossless s.yaml edits. The `yaml` package's Document keeps comments and order, but printing it
 * again still moves `key: # comment` comments, re-indents column-0 comments, strips trailing spaces
 * and adds a final newline. So the new text is spliced into the original at the parsed nodes'
 * offsets, and every byte outside the inserted text stays as it was; the result is parsed again and
 * must equal the old data plus the addition, or nothing is written.
 */

/** One insertion into the original text. */
export interface Splice {
  offset: number;
  /** Bytes from `offset` that the insertion replaces (an empty flow value, `[]`). */
  remove: number;
  text: string;
  /** The text goes at the end of a file without a final newline, so one comes first. */
  newlineFirst?: boolean;
}

/** A YAML value printed in block style, as our own s.yaml is. */
function blockText(value: unknown): string {
  return yamlText(value);
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** Where a block collection's text ends: after its last line, its newline included when there is one. */
function endOfLastLine(source: string, end: number): { offset: number; newline: boolean } {
  if (end > 0 && source[end - 1] === '\n') return { offset: end, newline: true };
  const next = source.indexOf('\n', end);
  return next === -1 ? { offset: source.length, newline: false } : { offset: next + 1, newline: true };
}

function indented(text: string, first: string, rest: string): string {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((line, index) => (index === 0 ? first + line : line === '' ? line : rest + line))
    .join('\n');
}

function flowProblem(path: readonly (string | number)[]): UserError {
  return new UserError(t('add.flowStyle', { path: path.join('.') }));
}

/** Appends an item to the block sequence `node`, at its items' own indentation. */
function appendToSequence(source: string, node: Node, item: unknown, path: readonly (string | number)[]): Splice {
  if (!isSeq(node) || node.flow || node.items.length === 0 || !node.range) throw flowProblem(path);
  const first = node.items[0] as Node;
  const start = first.range?.[0] ?? 0;
  const dash = source.lastIndexOf('-', start);
  const lineBegin = lineStart(source, dash);
  const dashColumn = dash - lineBegin;
  const contentColumn = Math.max(start - lineBegin, dashColumn + 2);
  if (source.slice(lineBegin, dash).trim() !== '') throw flowProblem(path);
  const end = endOfLastLine(source, node.range[1]);
  const text = indented(blockText(item), `${' '.repeat(dashColumn)}-${' '.repeat(contentColumn - dashColumn - 1)}`, ' '.repeat(contentColumn));
  return { offset: end.offset, remove: 0, text: `${text}\n`, newlineFirst: !end.newline };
}

/** Adds `key: value` as the last entry of the block map `node`, at its keys' indentation. */
function appendToMap(source: string, node: Node, key: string, value: unknown, path: readonly (string | number)[]): Splice {
  if (!isMap(node) || node.flow || node.items.length === 0 || !node.range) throw flowProblem(path);
  const firstKey = node.items[0]?.key as Node | undefined;
  const keyStart = firstKey?.range?.[0] ?? 0;
  const column = keyStart - lineStart(source, keyStart);
  const end = endOfLastLine(source, node.range[1]);
  const text = indented(blockText({ [key]: value }), ' '.repeat(column), ' '.repeat(column));
  return { offset: end.offset, remove: 0, text: `${text}\n`, newlineFirst: !end.newline };
}

/** Applies splices to the text; several at one offset go in in the order given. */
export function applySplices(source: string, splices: readonly Splice[]): string {
  const atOffset = new Map<number, Splice[]>();
  for (const splice of splices) atOffset.set(splice.offset, [...(atOffset.get(splice.offset) ?? []), splice]);
  let result = source;
  for (const offset of [...atOffset.keys()].sort((a, b) => b - a)) {
    const group = atOffset.get(offset) as Splice[];
    const text = `${group.some((splice) => splice.newlineFirst) ? '\n' : ''}${group.map((splice) => splice.text).join('')}`;
    const remove = Math.max(...group.map((splice) => splice.remove));
    result = result.slice(0, offset) + text + result.slice(offset + remove);
  }
  return result;
}

type Path = readonly (string | number)[];

/** What an edit adds: an item at the end of a list, or a new key of a map (the list or key may be missing). */
export type Addition = { kind: 'item'; path: Path; item: unknown } | { kind: 'entry'; path: Path; key: string; value: unknown };

/** Replaces an empty or flow-style list value (`triggers:`, `triggers: []`) by a block list of `items`. */
function replaceListValue(source: string, document: Document.Parsed, parentPath: Path, key: string, value: Node, items: unknown[]): Splice {
  const parent = document.getIn(parentPath, true) as YAMLMap;
  const pairKey = parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key as Node | undefined;
  const keyStart = pairKey?.range?.[0] ?? 0;
  const column = keyStart - lineStart(source, keyStart) + 2;
  const start = value.range?.[0] ?? 0;
  const before = source.slice(0, start).replace(/[ \t]+$/, '');
  const text = `\n${indented(blockText(items), ' '.repeat(column), ' '.repeat(column))}`;
  return { offset: before.length, remove: (value.range?.[1] ?? start) - before.length, text };
}

/** Additions with their items to one list gathered: a list that is not there yet is written once, with all of them. */
type Gathered = { kind: 'entry'; path: Path; key: string; value: unknown } | { kind: 'items'; path: Path; items: unknown[] };

function gather(additions: readonly Addition[]): Gathered[] {
  const gathered: Gathered[] = [];
  for (const addition of additions) {
    if (addition.kind === 'entry') {
      gathered.push(addition);
      continue;
    }
    const same = gathered.find((entry): entry is Extract<Gathered, { kind: 'items' }> => entry.kind === 'items' && isDeepStrictEqual(entry.path, addition.path));
    if (same) same.items.push(addition.item);
    else gathered.push({ kind: 'items', path: addition.path, items: [addition.item] });
  }
  return gathered;
}

/** The splices of one gathered addition into the parsed document. */
function splicesOf(source: string, document: Document.Parsed, addition: Gathered): Splice[] {
  if (addition.kind === 'entry') return [appendToMap(source, document.getIn(addition.path, true) as Node, addition.key, addition.value, addition.path)];
  const list = document.getIn(addition.path, true) as Node | undefined;
  const parentPath = addition.path.slice(0, -1);
  const key = String(addition.path.at(-1));
  // No list yet: the key is added with its list.
  if (list === undefined) return [appendToMap(source, document.getIn(parentPath, true) as Node, key, addition.items, parentPath)];
  if (isScalar(list) && list.value === null) return [replaceListValue(source, document, parentPath, key, list, addition.items)];
  if (isSeq(list) && list.flow) return [replaceListValue(source, document, parentPath, key, list, [...(list.toJSON() as unknown[]), ...addition.items])];
  return addition.items.map((item) => appendToSequence(source, list, item, addition.path));
}

// An alias expands to its anchor's whole value, so aliases of aliases grow exponentially (a 400-byte
// "billion laughs" file): a real s.yaml's few `<<: *common` stay far below this.
const MAX_ALIAS_COUNT = 1000;

/** The document as data, its aliases expanded up to MAX_ALIAS_COUNT; a UserError past that. */
function dataOf(document: Document): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError) throw new UserError(t('add.aliasBomb', { count: MAX_ALIAS_COUNT }));
    throw error;
  }
}

function expectedData(document: Document.Parsed, additions: readonly Addition[]): unknown {
  const data = dataOf(document) as Record<string, unknown>;
  for (const addition of additions) {
    const path = addition.kind === 'entry' ? addition.path : addition.path.slice(0, -1);
    let parent = data as Record<string | number, unknown>;
    for (const step of path) parent = parent[step] as Record<string | number, unknown>;
    if (addition.kind === 'entry') parent[addition.key] = addition.value;
    else {
      const key = addition.path.at(-1) as string;
      const list = Array.isArray(parent[key]) ? (parent[key] as unknown[]) : [];
      parent[key] = [...list, addition.item];
    }
  }
  return data;
}

/**
 * The s.yaml text with the additions spliced in. Throws a UserError, and nothing is written, when
 * the result would not parse back to exactly the old data plus the additions.
 */
export function spliceAdditions(source: string, document: Document.Parsed, additions: readonly Addition[]): string {
  const splices = gather(additions).flatMap((addition) => splicesOf(source, document, addition));
  const result = applySplices(source, splices);
  const reparsed = parseDocument(result, { uniqueKeys: true });
  const expected = expectedData(document, additions);
  if (reparsed.errors.length > 0 || !isDeepStrictEqual(dataOf(reparsed), expected)) {
    throw new UserError(t('add.unsafeEdit', { problem: reparsed.errors[0]?.message.split('\n')[0] ?? t('add.unsafeEditData') }));
  }
  return result;
}
