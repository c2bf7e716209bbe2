import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { GenerationResult } from '../../generators/app/options.js';
import { summaryText } from '../../generators/app/summary.js';
import { cronExpression } from '../../generators/core/cron.js';
import { setLocale } from '../../generators/core/i18n/index.js';
import { sYamlProblems } from '../../generators/core/s-yaml-check.js';
import { resolveProject } from '../../generators/core/validate.js';
import { functionName, imageRepository, ossBucketName, port } from '../../generators/core/validators.js';
import { targetProblem, type PathProbe } from '../../generators/target-dir.js';

const CJK = /[\u4e00-\u9fff]/;

/** A finished run's result, as the generator hands it to the summary. */
function sampleResult(): GenerationResult {
  const spec = resolveProject({ directory: 'demo', fcVersion: '3', triggers: ['oss'] });
  return { spec, directory: `${process.cwd()}/demo`, files: ['s.yaml', 'README.md'], replaced: ['s.yaml'], installed: false, git: false, reproduce: 'npx create-fc-function demo', answers: {}, warnings: [] };
}

/** A folder that exists, is writable and holds one file. */
const ONE_ENTRY: PathProbe = { kind: () => 'directory', writable: () => true, entries: () => ['index.js'] };

/** Texts a run shows about writing, checks and next steps, each made after the language is set. */
const texts = () => ({
  functionName: functionName('1x'),
  reservedName: functionName('dist'),
  region: imageRepository('Not A Repo'),
  ossBucket: ossBucketName('A'),
  port: port('0'),
  cron: cronExpression('0 0 25 * * *'),
  sYaml: sYamlProblems({ edition: '3.0.0', vars: { region: 'cn-hangzhou' } }).join('\n'),
  target: targetProblem('demo', false, '/work', ONE_ENTRY),
  summary: stripVTControlCharacters(summaryText(sampleResult(), { interactive: true })),
});

afterEach(() => setLocale('en'));

describe('writing, checks and next steps in Chinese', () => {
  it('every text is translated and has no placeholder left', () => {
    setLocale('zh-CN');
    for (const [name, text] of Object.entries(texts())) {
      expect(text, name).toMatch(CJK);
      expect(text, name).not.toContain('{');
    }
  });

  it('keeps ids, commands and flags in English', () => {
    setLocale('zh-CN');
    const { region: regionText, target, summary } = texts();
    expect(regionText).toContain('cn-hangzhou');
    expect(target).toContain('--force');
    expect(summary).toContain('npx create-fc-function demo');
  });
});

describe('writing, checks and next steps in English', () => {
  it('reads as it did before the messages had keys', () => {
    setLocale('en');
    const english = texts();
    expect(english.functionName).toBe('Use 1-64 letters, digits, "_" or "-", starting with a letter or "_" (it is also the folder name, so no paths).');
    expect(english.ossBucket).toBe('OSS bucket names have 3-63 lower-case letters, digits or "-", and start and end with a letter or digit.');
    expect(english.region).toBe('Use a Container Registry host and one namespace of 2-30 letters, digits, "_" or "-", all in lower case, such as registry.cn-hangzhou.aliyuncs.com/my-namespace (each function\'s image is <repo>/<function>:latest).');
    expect(english.cron).toMatch(/ Here the hours field "25" is not valid \(0-23\)\.$/);
    expect(english.target).toBe('Target directory "demo" is not empty (1 entry). Choose an empty or new directory, or pass --force to write into it (files with the same names are overwritten).');
    expect(english.sYaml).toBe('resources is missing or empty');
    expect(english.summary).toContain('Created demo in demo (FC 3.0, nodejs20, javascript, 2 files)');
    expect(english.summary).toContain('Replaced 1 file that had other contents: s.yaml');
    expect(english.summary).toContain('Next steps:');
    expect(english.summary).toContain('The same project, without questions:');
  });
});
