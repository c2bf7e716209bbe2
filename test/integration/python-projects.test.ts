import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PythonRuntime } from '../../generators/core/catalog/runtimes.js';
import { scratchDir } from '../support/cli.js';
import { generateMatrix, writeSmokeManifest, type GeneratedProject } from '../support/generate.js';
import { pythonBinary, pythonToolchainMissing, pythonVersionsMissing } from '../support/interpreters.js';
import { byGroup, matrixProjects, type MatrixProject } from '../support/matrix.js';
import { toolchainTier } from '../support/tier.js';

const SMOKE = fileURLToPath(new URL('../support/smoke/python_smoke.py', import.meta.url));
const root = scratchDir('cfc-python-matrix-');
const runs = toolchainTier('Python', await pythonToolchainMissing());
// Each trigger alone on the newest and oldest Python of each generation; the ones between run the combined projects.
const groups = byGroup(matrixProjects('python', 'ends'));
const versions = [...groups.values()].map((projects) => (projects[0]?.runtime as PythonRuntime).pythonVersion);
// The runtimes' own versions only once the Python tier runs: a skipped file gives one notice, not two.
const ownVersions = runs && toolchainTier('Python runtime versions (pyenv)', pythonVersionsMissing(versions));

// Parses every file of the deployable code with the grammar of the runtime's Python.
const PARSE_CHECK = `
import ast, pathlib, sys
major, minor, folder = int(sys.argv[1]), int(sys.argv[2]), pathlib.Path(sys.argv[3])
files = sorted(folder.rglob('*.py'))
for path in files:
    ast.parse(path.read_text(), filename=str(path), feature_version=(major, minor))
print(len(files))
`;

describe.skipIf(!runs).each([...groups])('Python %s projects', (group, projects) => {
  const groupDir = join(root, group);
  let generated = new Map<string, GeneratedProject>();

  beforeAll(async () => {
    mkdirSync(groupDir, { recursive: true });
    generated = await generateMatrix(groupDir, projects);
  });

  it.each(projects)('$name: its own tests pass', async (project: MatrixProject) => {
    const { exitCode, stdout, stderr } = await execa('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider'], { cwd: join(groupDir, project.name), reject: false, stdin: 'ignore' });
    expect(exitCode, `${stdout}\n${stderr}`).toBe(0);
    expect(stdout).toMatch(/[1-9]\d* passed/);
  });

  it.each(projects)('$name: deployable code parses as the runtime\'s Python', async (project: MatrixProject) => {
    const [major, minor] = (project.runtime as PythonRuntime).pythonVersion;
    const { stdout } = await execa('python3', ['-c', PARSE_CHECK, String(major), String(minor), join(groupDir, project.name, 'src')], { stdin: 'ignore' });
    expect(Number(stdout.trim())).toBeGreaterThan(0);
  });

  const interpreter = pythonBinary((projects[0]?.runtime as PythonRuntime).pythonVersion);
  it.skipIf(!ownVersions && !interpreter).each(projects)('$name: runs on the runtime\'s own Python version', async (project: MatrixProject) => {
    expect(interpreter, 'no such Python in pyenv').toBeDefined();
    const manifest = writeSmokeManifest(generated.get(project.name) as GeneratedProject, project);
    const { stdout } = await execa(interpreter as string, [SMOKE, manifest], { stdin: 'ignore' });
    const [major, minor] = (project.runtime as PythonRuntime).pythonVersion;
    expect(stdout).toMatch(new RegExp(`^python ${major}\\.${minor}\\.\\d+: [1-9]\\d* invocations ok`));
  });
});
