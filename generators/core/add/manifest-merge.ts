// package.json is data: a new function's render of it differs from the project's in the project's own
// name and description, which are not the new function's to change. What the function needs of it are
// its dependencies and scripts, so `add` merges those as data instead of offering a line diff.

/** The package.json sections whose missing entries a new function brings. */
const MERGED_SECTIONS = ['scripts', 'dependencies', 'devDependencies'] as const;

type Manifest = Record<string, unknown>;

function parsed(text: string): Manifest | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

const section = (manifest: Manifest, key: string): Record<string, unknown> => {
  const value = manifest[key];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
};

/**
 * The project's package.json with the entries of `wanted`'s scripts and dependencies it lacks, in the
 * project's own indentation; entries it has keep their values (the user's versions win). `undefined`
 * when either file is not a JSON object, so the caller falls back to a diff.
 */
export function mergePackageJson(current: string, wanted: string): string | undefined {
  const mine = parsed(current);
  const theirs = parsed(wanted);
  if (!mine || !theirs) return undefined;
  const merged: Manifest = { ...mine };
  for (const key of MERGED_SECTIONS) {
    const missing = Object.entries(section(theirs, key)).filter(([name]) => !(name in section(mine, key)));
    if (missing.length > 0) merged[key] = { ...section(mine, key), ...Object.fromEntries(missing) };
  }
  const indent = /^\{\r?\n([ \t]+)"/.exec(current)?.[1] ?? '  ';
  return `${JSON.stringify(merged, null, indent)}${current.endsWith('\n') ? '\n' : ''}`;
}
