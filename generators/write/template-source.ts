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

/** The packed templates: one JSON file, so the package holds one file instead of 600 folders. */
export interface TemplateArchive {
  /** Text files as they are, keyed by their `/`-separated path under templates/. */
  text: Record<string, string>;
  /** Files that are not UTF-8 text, base64. */
  binary: Record<string, string>;
}

/** The packed templates' file name, beside the bundle in dist/. */
export const ARCHIVE_NAME = 'templates.json';

function listFolder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Templates read from a folder on disk. */
export function folderSource(root: string): TemplateSource {
  return {
    files: (folder) => listFolder(join(root, folder)),
    read: (path) => readFileSync(join(root, path)),
  };
}

/** Packs a templates folder into an archive: every file, text kept readable. */
export function packFolder(root: string): TemplateArchive {
  const archive: TemplateArchive = { text: {}, binary: {} };
  for (const path of listFolder(root)) {
    const bytes = readFileSync(join(root, path));
    const text = bytes.toString('utf8');
    if (Buffer.from(text, 'utf8').equals(bytes)) archive.text[path] = text;
    else archive.binary[path] = bytes.toString('base64');
  }
  return archive;
}

/** Templates read from an archive in memory. */
export function archiveSource(archive: TemplateArchive): TemplateSource {
  const paths = [...Object.keys(archive.text), ...Object.keys(archive.binary)].sort();
  return {
    files(folder) {
      const prefix = `${folder.replace(/\/$/, '')}/`;
      const found = paths.filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length));
      if (found.length === 0) throw new Error(`No templates in ${folder}`);
      return found;
    },
    read(path) {
      const text = archive.text[path];
      if (text !== undefined) return Buffer.from(text, 'utf8');
      const binary = archive.binary[path];
      if (binary === undefined) throw new Error(`No template ${path}`);
      return Buffer.from(binary, 'base64');
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
      ? archiveSource(JSON.parse(readFileSync(archive, 'utf8')) as TemplateArchive)
      : folderSource(fileURLToPath(new URL('../../templates/', import.meta.url)));
  }
  return packageSource;
}
