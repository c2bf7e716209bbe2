import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { doctorCommand } from '../../generators/core/deploy-commands.js';
import type { GenerationResult } from '../../generators/app/options.js';
import { summaryText as coloured } from '../../generators/app/summary.js';
import type { Alternative } from '../../generators/core/recommend.js';
import { installHint } from '../../generators/core/readme-data.js';
import { resolveProject, type RawAnswers } from '../../generators/core/validate.js';

/** The summary without colours, which picocolors turns on under CI. */
const summaryText = (...args: Parameters<typeof coloured>) => stripVTControlCharacters(coloured(...args));

/** A finished run's result for these answers, as the generator hands it to the summary. */
function resultFor(raw: RawAnswers, extra: Partial<GenerationResult> = {}): GenerationResult {
  const spec = resolveProject(raw);
  return { spec, directory: `${process.cwd()}/${spec.directory}`, files: ['s.yaml'], replaced: [], installed: false, git: false, reproduce: 'npx create-fc-function x', answers: {}, warnings: [], ...extra };
}

// Built here so the test does not depend on which alternatives the catalog offers today.
const ALTERNATIVES: Alternative[] = [
  { functions: [{ type: 'event', triggers: ['http'] }], reason: { rule: 'event-triggers', message: 'An event function can take the HTTP trigger too.' }, flags: ['--type', 'event'] },
  { functions: [{ type: 'http', triggers: ['http'] }], reason: { rule: 'event-triggers', message: 'A web function runs your own server.' }, flags: ['--runtime', 'custom.debian10', '--type', 'http'] },
];

describe('summaryText', () => {
  it('names each alternative and the command that makes it after a run without questions', () => {
    const result = resultFor({ directory: 'web', fcVersion: '3', triggers: ['http'] }, { answers: { directory: 'web', fcVersion: '3', triggers: ['http'], runtime: 'nodejs20' } });
    result.spec = { ...result.spec, defaulted: ['--runtime'] };
    result.spec = { ...result.spec, recommendation: { ...result.spec.recommendation, alternatives: ALTERNATIVES } };
    const text = summaryText(result, { interactive: false });
    // Each as a whole command: the answers given, the alternative's flags over them.
    expect(text).toContain('Alternative: An event function can take the HTTP trigger too. Pick it with npx create-fc-function --fc-version 3 --trigger http --type event.');
    expect(text).toContain('Alternative: A web function runs your own server. Pick it with npx create-fc-function --fc-version 3 --trigger http --type http --runtime custom.debian10.');
    // One that would not resolve (FC 2.0 keeps the HTTP trigger on an HTTP function) is left out.
    const fc2 = resultFor({ directory: 'web', triggers: ['http'] }, { answers: { directory: 'web', triggers: ['http'] } });
    fc2.spec = { ...fc2.spec, recommendation: { ...fc2.spec.recommendation, alternatives: ALTERNATIVES } };
    expect(summaryText(fc2, { interactive: false })).not.toContain('--type event');
    // The wizard showed them beside its recommendation already.
    expect(summaryText(result, { interactive: true })).not.toContain('Alternative:');
  });

  it('ends with trying it locally, then the deploy after doctor: dev for an HTTP function, else invoke with a sample event, nothing without a runner', () => {
    const steps = (raw: RawAnswers) => summaryText(resultFor(raw), { interactive: false }).split('Next steps:')[1]?.trim().split('\n').map((line) => line.trim());
    // npm run deploy runs doctor, then the deploy; elsewhere they are two lines.
    expect(steps({ directory: 'web', triggers: ['http'] })?.slice(-3)).toEqual(['npm test', 'npm run dev', 'npm run deploy']);
    expect(steps({ directory: 'photos', triggers: ['oss'], runtime: 'python3.10' })?.slice(-4)).toEqual(['python3 -m pytest', 'python3 -m fc_local invoke events/oss.json', doctorCommand(), 'npx @serverless-devs/s@2 deploy']);
    expect(steps({ directory: 'jobs', triggers: ['timer'], runtime: 'java11' })?.slice(-3)).toEqual(['mvn -B test', doctorCommand(), 'npx @serverless-devs/s@2 deploy']);
  });

  it('lists the files --force replaced', () => {
    const text = summaryText(resultFor({ directory: 'x' }, { replaced: ['s.yaml', 'src/x/index.js', 'README.md'] }), { interactive: false });
    expect(text).toContain('Replaced 3 files that had other contents: s.yaml, src/x/index.js, README.md');
    expect(summaryText(resultFor({ directory: 'x' }), { interactive: false })).not.toContain('Replaced');
  });

  it.each(['python3.10', 'nodejs20'])('takes the install step from installHint (%s), not a copy of it', (runtime) => {
    const result = resultFor({ directory: 'x', runtime, triggers: ['timer'] });
    const lines = summaryText(result, { interactive: false }).split('\n');
    expect(lines).toContain(`  ${installHint(result.spec)}`);
    expect(summaryText({ ...result, installed: true }, { interactive: false })).not.toContain(installHint(result.spec));
  });
});
