import { relative } from 'node:path';
import { UserError } from '../core/errors.js';
import { t, type MessageKey } from '../core/i18n/index.js';

/** System error codes a write can meet, in the tool's own words. */
const REASONS: Readonly<Record<string, MessageKey>> = {
  ENOSPC: 'disk.full',
  EDQUOT: 'disk.quota',
  EROFS: 'disk.readOnlyFileSystem',
  EACCES: 'disk.denied',
  EPERM: 'disk.denied',
  ENAMETOOLONG: 'disk.nameTooLong',
  EISDIR: 'disk.inTheWay',
  ENOTDIR: 'disk.inTheWay',
  EEXIST: 'disk.inTheWay',
  ENOTEMPTY: 'disk.inTheWay',
  ELOOP: 'disk.loop',
  EMFILE: 'disk.tooManyOpen',
  ENFILE: 'disk.tooManyOpen',
  EIO: 'disk.io',
};

/** The code of a system error (ENOSPC…), or undefined for anything else. */
export function systemCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** Why a system call failed, in a few words: "the disk is full (ENOSPC)". */
export function reasonOf(error: unknown): string {
  const code = systemCode(error);
  const key = code === undefined ? undefined : REASONS[code];
  if (key) return `${t(key)} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * A failed write, in the tool's words: which file, why, and what the disk holds now, which is what
 * the user has to know next. `undone` lists the files that could not be put back (usually none).
 */
export function writeFailure(root: string, path: string, error: unknown, undone: readonly string[]): UserError {
  const file = relative(root, path) || path;
  const state = undone.length === 0 ? t('disk.nothingChanged') : t('disk.notUndone', { files: undone.map((each) => relative(root, each) || each).join(', ') });
  return new UserError(t('disk.writeFailed', { file, reason: reasonOf(error), state }));
}
