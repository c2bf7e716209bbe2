import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCli } from '../../generators/cli/parse.js';
import { planProject } from '../../generators/core/plan.js';
import { resolveProject } from '../../generators/core/validate.js';
import { renderPlan } from '../../generators/write/render.js';

// Every file of a representative set of projects, kept as files under __snapshots__/projects/: a
// template or catalog change shows here, at unit speed, as the diff of the files users get. One
// project per code family and generation, and the shapes the families differ in (HTTP beside
// events, web functions, containers). After a change that is meant: `npx vitest run -u --project unit`,
// then review the diff of __snapshots__/ like any other.
const PROJECTS: Record<string, string[]> = {
  'fc2-node-js-mix': ['--fc-version', '2', '--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'http', '--trigger', 'timer', '--trigger', 'oss'],
  'fc3-node-ts-events': ['--fc-version', '3', '--runtime', 'nodejs20', '--language', 'typescript', '--trigger', 'http', '--trigger', 'oss', '--trigger', 'mns_topic', '--trigger', 'tablestore'],
  'fc3-python-log': ['--fc-version', '3', '--runtime', 'python3.12', '--trigger', 'log', '--trigger', 'timer'],
  'fc2-java-timer': ['--fc-version', '2', '--runtime', 'java11', '--trigger', 'timer'],
  'fc3-go-eventbridge': ['--fc-version', '3', '--runtime', 'go1', '--trigger', 'eventbridge'],
  'fc2-php-cdn': ['--fc-version', '2', '--runtime', 'php7.2', '--trigger', 'cdn_events'],
  'fc2-csharp-oss': ['--fc-version', '2', '--runtime', 'dotnetcore3.1', '--trigger', 'oss'],
  'fc3-web-express': ['--fc-version', '3', '--runtime', 'custom.debian10', '--language', 'javascript', '--framework', 'express', '--trigger', 'http'],
  'fc3-web-flask': ['--fc-version', '3', '--runtime', 'custom.debian11', '--language', 'python', '--framework', 'flask', '--trigger', 'http'],
  'fc2-node-js-sources': ['--fc-version', '2', '--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'kafka', '--trigger', 'dts', '--trigger', 'eventbridge'],
  'fc3-container-node': ['--fc-version', '3', '--runtime', 'custom-container', '--language', 'javascript', '--trigger', 'oss'],
};

describe.each(Object.entries(PROJECTS))('%s: every file as create writes it', (name, args) => {
  const spec = resolveProject(parseCli([name, ...args]).answers);
  const files = renderPlan(planProject(spec));

  it('has its files', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('keeps no snapshot of a file create no longer writes (vitest -u leaves those behind: delete them)', () => {
    const folder = fileURLToPath(new URL(`./__snapshots__/projects/${name}/`, import.meta.url));
    const kept = existsSync(folder) ? readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/')) : [];
    const written = new Set(files.flatMap((file) => [`${file.path}.snap`, `${file.path}.base64.snap`]));
    expect(kept.filter((path) => !written.has(path))).toEqual([]);
  });

  it.each(files.map((file) => [file.path, file] as const))('%s', async (_path, file) => {
    const text = file.contents.toString('utf8');
    // A file that is not UTF-8 text (a CBOR sample event) is kept as base64.
    const binary = !Buffer.from(text, 'utf8').equals(file.contents);
    // Every name ends in .snap: a kept .gitignore, package.json or *.test.ts must not act as one here.
    await expect(binary ? `${file.contents.toString('base64')}\n` : text).toMatchFileSnapshot(`./__snapshots__/projects/${name}/${file.path}${binary ? '.base64' : ''}.snap`);
  });
});
