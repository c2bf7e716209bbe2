import { Document, isNode, isScalar, parse, Scalar, visit } from 'yaml';

// The one way this tool writes YAML (s.yaml, and what `add` splices into one). Serverless Devs 2.x
// reads s.yaml as YAML 1.1, where plain `2024-01-01` is a timestamp, `1_000` and `0b101` numbers and
// `on` a boolean; 3.x reads YAML 1.2, where `0o17` is a number. A string value that either reader
// would take for something else is written double-quoted, so every reader gets the typed string.

const READERS = ['1.1', '1.2'] as const;

// YAML 1.1 readers (PyYAML in the local runner) take NEL, LS and PS for line breaks, and a tab is not
// safe in every plain position: a string holding one is written double-quoted, as escapes.
const LINE_BREAKS_OF_YAML_1_1 = /[\t\u0085\u2028\u2029]/;

// YAML 1.1's merge (`<<`) and value (`=`) types, which the yaml package reads as strings and PyYAML does not.
const SPECIAL_OF_YAML_1_1 = /^(?:<<|=)$/;

/** Whether a one-line string, written plain, reads back as that same string under YAML 1.1 and 1.2. */
function readsBackPlain(value: string): boolean {
  return READERS.every((version) => {
    try {
      return parse(value, { version }) === value;
    } catch {
      return false;
    }
  });
}

/** Whether the yaml package, left to itself, writes a string plain (it quotes what YAML 1.2 would misread, and folds multi-line text). */
function writtenPlain(value: string): boolean {
  return !value.includes('\n') && !/^["']/.test(new Document(value).toString());
}

/** A comment written above the node at a path of the document (a key's value, or an item of a list). */
export interface YamlNote {
  path: readonly (string | number)[];
  text: string;
}

/** A value as block-style YAML text: strings that a YAML 1.1 or 1.2 reader would retype are double-quoted. */
export function yamlText(value: unknown, comment?: string, notes: readonly YamlNote[] = []): string {
  const document = new Document(value);
  visit(document, {
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== 'string') return;
      const retyped = writtenPlain(node.value) && (SPECIAL_OF_YAML_1_1.test(node.value) || !readsBackPlain(node.value));
      if (retyped || LINE_BREAKS_OF_YAML_1_1.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  if (comment !== undefined) document.commentBefore = comment;
  for (const note of notes) {
    const node = document.getIn(note.path, true);
    if (!isNode(node)) throw new Error(`no YAML node at ${note.path.join('.')} for a comment`);
    node.commentBefore = note.text;
  }
  // The yaml package leaves these raw even in double quotes; only there can they be escapes, and only strings hold them.
  return document.toString({ lineWidth: 0 }).replace(/[\u0085\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
