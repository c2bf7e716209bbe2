import type { FcVersion } from '../catalog/generations.js';

/**
 * Which files of a code folder Serverless Devs would put in the function's zip, as each generation's
 * component decides it (read from their sources; test/integration/package-guard.test.ts compares this
 * with the real packers on the same folders):
 * - FC 2.0, fc-deploy (src/lib/ignore.ts, src/lib/fc/function.ts `generateCodeIngore`): one `.fcignore`,
 *   the code folder's, as globby 11 patterns relative to it (`name` only at the top, `**∕name` at any
 *   depth), case-sensitive, after a default list; an ignored folder is not entered.
 * - FC 3.0, @serverless-devs/zip through @serverless-devs/ignore-walk: a `.fcignore` in every folder,
 *   read as minimatch rules with matchBase and nocase (a pattern without any `/` matches a name at any
 *   depth below its file; one with a `/`, `./name` and `name/` too, only beside it), `!` re-includes,
 *   the last match wins; no default ignores.
 */

/** fc-deploy's own ignores (src/lib/ignore.ts), and those it adds for some runtimes. */
const FC2_DEFAULTS = ['.git', '.svn', '.env', '.DS_Store', 'template.packaged.yml', '.nas.yml', '.s/nas', '.s/tmp', '.s/package'];
const FC2_RUNTIME_DEFAULTS: Readonly<Record<string, readonly string[]>> = {
  'python2.7': ['node_modules'],
  python3: ['node_modules'],
  'php7.2': ['node_modules', '.s/python'],
  nodejs6: ['.s/python'],
  nodejs8: ['.s/python'],
  nodejs10: ['.s/python'],
  nodejs12: ['.s/python'],
};

interface Rule {
  /** The folder (relative to the code folder, '' for itself) whose `.fcignore` holds the rule. */
  base: string;
  regex: RegExp;
  /** Matched against the name only (FC 3.0's matchBase, for a pattern without `/`). */
  baseName: boolean;
  negate: boolean;
  folderOnly: boolean;
  /** FC 2.0's globby set: a `!` rule takes its matches out wherever it stands; FC 3.0's last matching rule wins. */
  lastWins: boolean;
}

/** A glob as a regular expression over a whole relative path: `**` spans folders, `*` and `?` stay within one. */
function globRegex(glob: string, ignoreCase: boolean): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index] as string;
    if (char === '*' && glob[index + 1] === '*') {
      const slash = glob[index + 2] === '/';
      source += slash ? '(?:[^/]*/)*' : '.*';
      index += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = glob.indexOf(']', index + 1);
      if (end === -1) source += '\\[';
      else {
        source += `[${glob.slice(index + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        index = end;
      }
    } else source += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '');
}

function rule(line: string, base: string, fcVersion: FcVersion): Rule | undefined {
  let pattern = line.trim();
  if (fcVersion === '3' && (pattern === '' || pattern.startsWith('#'))) return undefined;
  if (pattern === '') return undefined;
  const negate = pattern.startsWith('!');
  if (negate) pattern = pattern.slice(1);
  const folderOnly = pattern.endsWith('/');
  pattern = pattern.replace(/\/+$/, '');
  if (fcVersion === '2') return { base, regex: globRegex(pattern.replace(/^\.\//, ''), false), baseName: false, negate, folderOnly, lastWins: false };
  // ignore-walk hands minimatch the line as written: any `/` in it, a trailing one too, turns matchBase off.
  const baseName = !line.trim().replace(/^!/, '').includes('/');
  pattern = pattern.replace(/^\.?\//, '');
  return { base, regex: globRegex(pattern, true), baseName, negate, folderOnly, lastWins: true };
}

/** The rules of one `.fcignore` text, read as the generation's component reads it. */
export function ignoreRules(text: string, base: string, fcVersion: FcVersion): Rule[] {
  return text.split(/\r?\n/).flatMap((line) => rule(line, base, fcVersion) ?? []);
}

export type { Rule as IgnoreRule };

/** The rules that apply before any `.fcignore`: fc-deploy's defaults on FC 2.0, none on FC 3.0. */
export function defaultRules(fcVersion: FcVersion, runtime: string): Rule[] {
  if (fcVersion === '3') return [];
  return [...FC2_DEFAULTS, ...(FC2_RUNTIME_DEFAULTS[runtime] ?? [])].flatMap((line) => rule(line, '', '2') ?? []);
}

/**
 * Whether an entry of the code folder is left out of the zip, by the rules that apply to it (the
 * defaults, then each folder's `.fcignore` from the top down): the last rule that matches decides.
 * `path` is relative to the code folder, with `/`.
 */
export function isLeftOut(path: string, isFolder: boolean, rules: readonly Rule[]): boolean {
  let out = false;
  let keptByNegation = false;
  for (const candidate of rules) {
    if (candidate.folderOnly && !isFolder) continue;
    if (candidate.base !== '' && !path.startsWith(`${candidate.base}/`)) continue;
    const relative = candidate.base === '' ? path : path.slice(candidate.base.length + 1);
    const subject = candidate.baseName ? relative.slice(relative.lastIndexOf('/') + 1) : relative;
    if (!candidate.regex.test(subject)) continue;
    if (candidate.lastWins) out = !candidate.negate;
    else if (candidate.negate) keptByNegation = true;
    else out = true;
  }
  return out && !keptByNegation;
}

/** Where each generation's component reads `.fcignore` files: FC 2.0 only the code folder's own, FC 3.0 every folder's. */
export function readsIgnoreFileIn(folder: string, fcVersion: FcVersion): boolean {
  return fcVersion === '3' || folder === '';
}
