// Go web frameworks (Gin) built from Debian's sources, offline. The Go proxy is out of reach here, but
// Debian packages Gin and every module its build compiles (golang-github-gin-gonic-gin-dev and its
// dependencies, in GOPATH layout under /usr/share/gocode/src; .ci/toolchains/go.sh installs them). A scratch copy of a generated project
// gets `replace` directives that point each module at Debian's folder, so the project's own go.mod,
// its pre-deploy `go mod tidy` and `go build`, and `go test` run unchanged against real framework code.
// Debian ships Gin 1.8.1, older than the v1.10.1 a generated go.mod requires; the server uses only API
// both have (gin.New, Engine.GET/POST/NoRoute/Use, Context.JSON, gin.H, gin.Recovery, gin.SetMode).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FRAMEWORKS } from '../../../generators/core/catalog/frameworks.js';
import { pinned } from '../../../generators/core/versions.js';
import { notFound } from '../tier.js';

/** Debian's Go sources, one folder per import path. */
export const DEBIAN_GOCODE = '/usr/share/gocode/src';

/** The Go modules of the catalog's frameworks (a framework's `goModule`). */
export const FRAMEWORK_GO_MODULES: readonly string[] = FRAMEWORKS.flatMap((framework) => ('goModule' in framework && framework.goModule ? [framework.goModule] : []));

/** Why the frameworks' Go sources are missing, with how to install them; undefined when Debian's folders are there. */
export function debianGoSourcesMissing(): string | undefined {
  const missing = FRAMEWORK_GO_MODULES.filter((module) => !existsSync(join(DEBIAN_GOCODE, module, 'go.mod')));
  return missing.length === 0 ? undefined : notFound(missing.map((module) => `${module} under ${DEBIAN_GOCODE}`), 'run .ci/toolchains/go.sh');
}

/** Module paths a go.mod requires, one per line or in require blocks (quoted paths unquoted). */
export function goModRequirements(text: string): string[] {
  const blocks = [...text.matchAll(/^require\s*\(([\s\S]*?)^\)/gm)].flatMap((match) => (match[1] ?? '').split('\n'));
  const single = [...text.matchAll(/^require\s+([^\s(]+)\s+\S+/gm)].map((match) => match[1] ?? '');
  return [...blocks.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('//')).map((line) => line.split(/\s+/)[0] ?? ''), ...single].map((path) => path.replace(/^"|"$/g, '')).filter(Boolean);
}

/** What go wants and cannot find offline, from its error output: modules to look up, and packages no module provides. */
export function missingFromGoOutput(output: string): { modules: string[]; packages: string[] } {
  const modules = [...output.matchAll(/(\S+?)@\S+: module lookup disabled/g)].map((match) => match[1] ?? '');
  const packages = [...output.matchAll(/(?:cannot find module providing package|but does not contain package) ([^\s:]+)/g)].map((match) => match[1] ?? '');
  return { modules: [...new Set(modules)], packages: [...new Set(packages)] };
}

/**
 * The folders (module → directory) that stand in for every module a framework's build resolves:
 * Debian's folder where it has the module with a go.mod; a copy with a go.mod written in, where Debian's
 * folder has none (older packages); and an empty package under `stubs`, where Debian has nothing, which
 * only a dependency's tests or an unused build tag import (`go mod tidy` reads every file of every tag).
 * `tidy` runs go mod tidy on a probe module with the replacements so far and returns its output, or
 * undefined once it passes; each round adds what it named as missing.
 */
export async function debianReplacements(stubs: string, tidy: (replacements: ReadonlyMap<string, string>) => Promise<string | undefined>): Promise<Map<string, string>> {
  rmSync(stubs, { recursive: true, force: true });
  const replacements = new Map<string, string>();
  const add = (module: string): void => {
    if (replacements.has(module)) return;
    const debian = join(DEBIAN_GOCODE, module);
    if (existsSync(join(debian, 'go.mod'))) {
      replacements.set(module, debian);
      for (const required of goModRequirements(readFileSync(join(debian, 'go.mod'), 'utf8'))) add(required);
      return;
    }
    const copy = join(stubs, module);
    if (existsSync(debian)) cpSync(debian, copy, { recursive: true });
    mkdirSync(copy, { recursive: true });
    writeFileSync(join(copy, 'go.mod'), `module ${module}\n`);
    replacements.set(module, copy);
  };
  for (const module of FRAMEWORK_GO_MODULES) add(module);
  for (let round = 0; round < 30; round += 1) {
    const output = await tidy(replacements);
    if (output === undefined) return replacements;
    const { modules, packages } = missingFromGoOutput(output);
    if (modules.length + packages.length === 0) throw new Error(`go mod tidy failed with Debian's sources:\n${output}`);
    modules.forEach(add);
    for (const path of packages) {
      const module = moduleOf(path, replacements);
      const known = replacements.has(module);
      add(module);
      const folder = join(replacements.get(module) as string, relative(module, path));
      if (folder.startsWith(DEBIAN_GOCODE)) {
        // A Debian module just added provides it; one already there that lacks it is not ours to fill in.
        if (known) throw new Error(`${path} is missing from Debian's ${module}:\n${output}`);
        continue;
      }
      mkdirSync(folder, { recursive: true });
      if (!readdirSync(folder).some((file) => file.endsWith('.go'))) writeFileSync(join(folder, 'stub.go'), `// Empty: nothing built here compiles it.\npackage ${packageName(path)}\n`);
    }
  }
  throw new Error('go mod tidy still misses modules after 30 rounds');
}

/** The module a package path belongs to: the longest prefix that is a known or Debian module, else its repository root. */
function moduleOf(path: string, replacements: ReadonlyMap<string, string>): string {
  const parts = path.split('/');
  for (let length = parts.length; length > 0; length -= 1) {
    const candidate = parts.slice(0, length).join('/');
    if (replacements.has(candidate) || existsSync(join(DEBIAN_GOCODE, candidate, 'go.mod'))) return candidate;
  }
  return parts.slice(0, parts[0] === 'gopkg.in' ? 2 : 3).join('/');
}

/** A package name for a stub: the path's last element, letters and digits only (`go-json` → `gojson`, `check.v1` → `check`). */
function packageName(path: string): string {
  const last = (path.split('/').at(-1) ?? '').replace(/\.v\d+$/, '');
  return last.replace(/[^a-z0-9]/gi, '').toLowerCase() || 'stub';
}

/** A probe module that imports every framework module's root package, whose tidy names what the frameworks need. */
export function writeProbeModule(folder: string): void {
  mkdirSync(folder, { recursive: true });
  const requirements = FRAMEWORK_GO_MODULES.map((module) => `\t${module} ${pinned(module)}`).join('\n');
  writeFileSync(join(folder, 'go.mod'), `module probe\n\ngo 1.18\n\nrequire (\n${requirements}\n)\n`);
  writeFileSync(join(folder, 'main.go'), `package main\n\nimport (\n${FRAMEWORK_GO_MODULES.map((module) => `\t_ "${module}"\n`).join('')})\n\nfunc main() {}\n`);
}

/** Whether a generated go.mod requires a framework module, which only Debian's sources can build here. */
export function requiresFrameworkModule(goMod: string): boolean {
  return goModRequirements(goMod).some((module) => FRAMEWORK_GO_MODULES.includes(module));
}
