import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where template files are read from: the templates/ folder of a checkout, or the package's packed copy of it. */
export interface TemplateSource {
  /** Every file below `folder` (relative to templates/), as `/`-separated paths relative to `folder`, sorted. */
  files(folder: string): string[];
  /** One file's bytes, by its path relative to templates/. */
  read(path: string): Buffer;
}

/**
 * The packed templates' file, beside the bundle in dist/: one file instead of 600 folders. Its
 * first line is a JSON index of `[path, offset, length]`, then every file's bytes follow as they
 * are, so a run parses only the index and slices the files it renders.
 */
export const ARCHIVE_NAME = 'templates.pack';

function listFolder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Templates read from a folder on disk. */
export function folderSource(root: string): TemplateSource {
  return {
    files: (folder) => listFolder(join(root, folder)).filter((file) => !TRIGGER_DEFINITION.test(folder ? `${folder.replace(/\/$/, '')}/${file}` : file)),
    read: (path) => readFileSync(join(root, path)),
  };
}

/** A trigger folder's definition, messages and the folders' index: the tool's code, bundled, not templates. */
const TRIGGER_DEFINITION = /^triggers\/(?:[^/]+\/)?(?:index|trigger|messages)\.ts$/;

/** Packs a templates folder into one archive (see ARCHIVE_NAME). */
export function packFolder(root: string): Buffer {
  const index: [string, number, number][] = [];
  const contents: Buffer[] = [];
  let offset = 0;
  for (const path of listFolder(root).filter((file) => !TRIGGER_DEFINITION.test(file))) {
    const bytes = readFileSync(join(root, path));
    index.push([path, offset, bytes.length]);
    contents.push(bytes);
    offset += bytes.length;
  }
  return Buffer.concat([Buffer.from(`${JSON.stringify(index)}\n`, 'utf8'), ...contents]);
}

/** Templates read from a packed archive in memory. */
export function archiveSource(archive: Buffer): TemplateSource {
  const newline = archive.indexOf(0x0a);
  const index = JSON.parse(archive.subarray(0, newline).toString('utf8')) as [string, number, number][];
  const start = newline + 1;
  const byPath = new Map(index.map(([path, offset, length]) => [path, archive.subarray(start + offset, start + offset + length)]));
  const paths = [...byPath.keys()].sort();
  return {
    files(folder) {
      const prefix = `${folder.replace(/\/$/, '')}/`;
      const found = paths.filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length));
      if (found.length === 0) throw new Error(`No templates in ${folder}`);
      return found;
    },
    read(path) {
      const bytes = byPath.get(path);
      if (!bytes) throw new Error(`No template ${path}`);
      return bytes;
    },
  };
}

let packageSource: TemplateSource | undefined;

/**
 * This copy's templates: the archive beside the bundle in an installed package (or a built
 * checkout), else the templates/ folder two levels up from these sources.
 */
export function packageTemplates(): TemplateSource {
  if (!packageSource) {
    const archive = fileURLToPath(new URL(`./${ARCHIVE_NAME}`, import.meta.url));
    packageSource = existsSync(archive)
      ? archiveSource(readFileSync(archive))
      : folderSource(fileURLToPath(new URL('../../templates/', import.meta.url)));
  }
  return packageSource;
}
