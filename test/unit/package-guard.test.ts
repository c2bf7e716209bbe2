import { describe, expect, it } from 'vitest';
import { familyOf } from '../../generators/core/catalog/families/index.js';
import { FRAMEWORKS, type Framework } from '../../generators/core/catalog/frameworks.js';
import { RUNTIMES } from '../../generators/core/catalog/runtimes.js';
import { fcIgnoreFiles, fcIgnoreText, NEVER_DEPLOYED } from '../../generators/core/package-guard.js';
import { planProject } from '../../generators/core/plan.js';
import { preDeploy } from '../../generators/core/s-yaml.js';
import { resolveProject, type ProjectSpec } from '../../generators/core/validate.js';

/** Every runtime × generation × language, with an event function and, where it serves one, each web framework. */
function everyProject(): ProjectSpec[] {
  return RUNTIMES.flatMap((runtime) =>
    runtime.generations.flatMap((fcVersion) =>
      runtime.languages.flatMap((language) => {
        const frameworks = (FRAMEWORKS as readonly Framework[]).filter((framework) => (framework.languages as readonly string[]).includes(language));
        const answers = [{ triggers: ['timer'] }, ...frameworks.map((framework) => ({ triggers: ['http'], type: 'http', framework: framework.id }))];
        return answers.flatMap((extra) => {
          try {
            return [resolveProject({ directory: 'p', name: 'p', fcVersion, runtime: runtime.id, language, ...extra })];
          } catch {
            return []; // a combination the catalogs refuse
          }
        });
      }),
    ),
  );
}

const PROJECTS = everyProject();

describe('the package guard', () => {
  // The file's text is pinned by the project snapshots (test/unit/__snapshots__/projects/*/src/*/.fcignore.snap);
  // the packers themselves are compared in test/integration/package-guard.test.ts.
  it('writes each pattern in the one form both packers read alike: any depth, no anchor', () => {
    const patterns = NEVER_DEPLOYED.flatMap((group) => group.patterns);
    for (const pattern of patterns) expect(pattern).toMatch(/^(\*\*\/[^/]|\.fcignore$)/);
    for (const pattern of patterns) expect(fcIgnoreText().split('\n')).toContain(pattern);
  });

  it(`goes into every code folder the project writes its sources to, and nowhere else (${PROJECTS.length} projects)`, () => {
    let guarded = 0;
    for (const spec of PROJECTS) {
      const plan = planProject(spec);
      const written = new Set([...plan.files.map((file) => file.path)]);
      for (const file of fcIgnoreFiles(spec)) {
        guarded += 1;
        expect(written.has(file.path)).toBe(true);
        // Its folder is the one s.yaml deploys.
        const folder = file.path.replace(/\/\.fcignore$/, '');
        expect(spec.functions.map((fn) => familyOf(RUNTIMES.find((runtime) => runtime.id === spec.runtime)!, spec.language).codeDir(spec.language, fn.name))).toContain(`./${folder}`);
      }
      expect([...written].filter((path) => path.endsWith('.fcignore')).length).toBe(fcIgnoreFiles(spec).length);
    }
    expect(guarded).toBeGreaterThan(0);
  });

  it('installs production dependencies only, in every pre-deploy step that installs any', () => {
    let installs = 0;
    for (const spec of PROJECTS) {
      for (const step of spec.functions.flatMap((fn) => preDeploy(spec, fn))) {
        if (/\bnpm (install|ci)\b/.test(step.run)) {
          installs += 1;
          expect(step.run).toContain('--omit=dev');
        }
        if (/\bpip install\b/.test(step.run)) {
          installs += 1;
          expect(step.run).toMatch(/-r requirements\.txt$/);
        }
        expect(step.run).not.toMatch(/composer install(?!.*--no-dev)/);
      }
    }
    expect(installs).toBeGreaterThan(0);
  });
});
