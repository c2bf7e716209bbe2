import { describe, expect, it } from 'vitest';
import { alternativeFlags } from '../../generators/core/alternatives.js';
import { FRAMEWORKS } from '../../generators/core/catalog/frameworks.js';
import { FC_VERSION_IDS } from '../../generators/core/catalog/generations.js';
import { RUNTIMES, runtimeById } from '../../generators/core/catalog/runtimes.js';
import { USE_CASE_IDS } from '../../generators/core/catalog/use-cases.js';
import { questionByKey } from '../../generators/core/questions/table.js';
import type { GivenAnswers, Resolved } from '../../generators/core/questions/types.js';
import { resolveAnswers } from '../../generators/core/questions/walk.js';
import { resolveProject, type RawAnswers } from '../../generators/core/validate.js';

/** Answers from flags as an alternative prints them (`--flag value` pairs). */
function answersOfFlags(flags: readonly string[]): RawAnswers {
  const answers: Record<string, string> = {};
  for (let index = 0; index < flags.length; index += 2) {
    const key = ['triggers', 'useCases'].find((list) => questionByKey(list)?.flag === flags[index]?.slice(2));
    answers[key ?? (flags[index]?.slice(2).replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase()) as string)] = flags[index + 1] as string;
  }
  return answers as RawAnswers;
}

// Every use case alone, in both generations, in each language a framework is written in, with and without that framework.
const CASES: GivenAnswers[] = FC_VERSION_IDS.flatMap((fcVersion) =>
  USE_CASE_IDS.flatMap((useCase) =>
    FRAMEWORKS.flatMap((framework) =>
      framework.languages.flatMap((language) => [
        { fcVersion, useCases: [useCase], language },
        ...(framework.id === 'none' ? [] : [{ fcVersion, useCases: [useCase], language, framework: framework.id }]),
      ]),
    ),
  ),
).filter((given) => {
  try {
    resolveAnswers(given);
    return true;
  } catch {
    return false;
  }
});

describe('what is recommended is what is written', () => {
  it('covers a case per generation where a web function is recommended, and FC 3.0 alternatives in every language', () => {
    expect(CASES.filter((given) => resolveProject(given as RawAnswers).functions.some((fn) => fn.type === 'http')).map((given) => given.fcVersion)).toEqual(expect.arrayContaining(['2', '3']));
    const printed = CASES.flatMap((given) => {
      const spec = resolveProject(given as RawAnswers);
      return spec.recommendation.alternatives.filter((alternative) => alternativeFlags(given, spec.language, alternative) !== undefined).map(() => spec.language);
    });
    expect(new Set(printed)).toEqual(new Set(FRAMEWORKS.flatMap((framework) => framework.languages)));
  });

  it.each(CASES.map((given) => [JSON.stringify(given), given] as const))('every alternative of %s is a whole command that makes those functions in that language', (_label, given) => {
    const spec = resolveProject(given as RawAnswers);
    for (const alternative of spec.recommendation.alternatives) {
      const flags = alternativeFlags(given, spec.language, alternative);
      if (flags === undefined) continue;
      const other = resolveProject(answersOfFlags(flags));
      expect(other.functions.map((fn) => fn.type), flags.join(' ')).toEqual(alternative.functions.map((fn) => fn.type));
      expect(other.language).toBe(spec.language);
    }
  });

  it('a named framework alone is an app served over HTTP, on a runtime that runs it', () => {
    for (const framework of FRAMEWORKS.filter((candidate) => candidate.id !== 'none')) {
      for (const fcVersion of FC_VERSION_IDS) {
        const spec = resolveProject({ fcVersion, framework: framework.id });
        expect(spec.functions.map((fn) => fn.type)).toEqual(['http']);
        expect(spec.framework).toBe(framework.id);
        expect(framework.languages).toContain(spec.language);
      }
    }
  });

  it('the wizard says, for each built-in runtime where FC 3.0 recommends a web function, where that web function runs or that it is lost', () => {
    const given: GivenAnswers = { fcVersion: '3', useCases: ['framework-migration'] };
    const label = (runtime: string) => {
      const resolved = resolveAnswers(given) as Resolved;
      return questionByKey('runtime')?.choiceLabel?.(runtime, { ...resolved, runtime: RUNTIMES[0] } as Resolved) ?? '';
    };
    const builtIns = RUNTIMES.filter((runtime) => runtime.family !== 'custom' && (runtime.generations as readonly string[]).includes('3'));
    for (const runtime of builtIns) {
      const spec = resolveProject({ ...given, runtime: runtime.id } as RawAnswers);
      if (spec.functions[0]?.type === 'http') expect(label(runtime.id), runtime.id).toContain(`its server on ${spec.runtime}`);
      else expect(label(runtime.id), runtime.id).toContain('not the recommended web function');
    }
    expect(builtIns.some((runtime) => label(runtime.id).includes('not the recommended'))).toBe(true);
    expect(label('custom.debian10')).toBe(runtimeById('custom.debian10').label);
    // No web function recommended (an event use case, or FC 2.0): the runtime's own label.
    for (const other of [{ fcVersion: '3', useCases: ['file-processing'] }, { fcVersion: '2', useCases: ['framework-migration'] }] as GivenAnswers[]) {
      expect(questionByKey('runtime')?.choiceLabel?.('nodejs18', resolveAnswers(other) as Resolved)).toBe(runtimeById('nodejs18').label);
    }
  });
});
