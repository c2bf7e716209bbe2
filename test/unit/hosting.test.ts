import { describe, expect, it } from 'vitest';
import { FC_VERSION_IDS } from '../../generators/core/catalog/generations.js';
import { isContainerRuntime, RUNTIMES } from '../../generators/core/catalog/runtimes.js';
import { hostingOf } from '../../generators/core/hosting/index.js';
import { projectOf } from '../../generators/core/project.js';
import { resolveProject, type RawAnswers } from '../../generators/core/validate.js';

// Every runtime has one kind of hosting, and what a project's s.yaml says FC runs follows from it alone.
describe('hosting', () => {
  it('is one kind per runtime: a container runtime, another custom runtime, or a built-in one', () => {
    for (const runtime of RUNTIMES) {
      const expected = isContainerRuntime(runtime) ? 'container' : runtime.family === 'custom' ? 'custom-runtime' : 'built-in';
      expect(hostingOf(runtime).id, runtime.id).toBe(expected);
      expect(hostingOf(runtime).ownServer, runtime.id).toBe(runtime.family === 'custom');
    }
  });

  it('writes the fields of what FC runs: a handler, a start command, or an image', () => {
    for (const runtime of RUNTIMES) {
      for (const fcVersion of FC_VERSION_IDS.filter((version) => (runtime.generations as readonly string[]).includes(version))) {
        const spec = resolveProject({ fcVersion, runtime: runtime.id, language: runtime.languages[0], triggers: ['timer'] } as RawAnswers);
        const project = projectOf(spec);
        const [fn] = spec.functions;
        const fields = project.hosting.functionFields(project, fn as (typeof spec.functions)[number])[fcVersion === '2' ? 'fc2' : 'fc3'];
        const label = `${runtime.id} FC ${fcVersion}`;
        expect('customContainerConfig' in fields, label).toBe(project.hosting.id === 'container');
        expect('customRuntimeConfig' in fields, label).toBe(project.hosting.id === 'custom-runtime');
        // A container has no code package on FC 3.0; FC 2.0's component still wants its build context.
        expect(fcVersion === '3' ? 'code' in fields : 'codeUri' in fields, label).toBe(fcVersion === '2' || project.hosting.id !== 'container');
      }
    }
  });

  it('resolves a project once: the same spec gives the same project', () => {
    const spec = resolveProject({ fcVersion: '3', framework: 'gin' } as RawAnswers);
    expect(projectOf(spec)).toBe(projectOf(spec));
    expect(projectOf(spec)).toMatchObject({ codeFamily: 'go', framework: { id: 'gin' }, server: { codeFamily: 'go' }, hosting: { id: 'custom-runtime' } });
  });
});
