import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Seconds each test file took in CI, measured (test-durations.json); a file not listed counts as quick. */
const DURATIONS = JSON.parse(readFileSync(new URL('./test-durations.json', import.meta.url), 'utf8')) as Record<string, number>;

/**
 * Longest first: with two workers, the suite ends when its longest files do, so they start at once
 * rather than where vitest's order (the largest files first, without a cache, as in a fresh clone
 * in CI) puts them. Shards stay vitest's own.
 */
export default class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const seconds = (file: TestSpecification) => DURATIONS[relative(file.project.config.root, file.moduleId)] ?? 0;
    return [...files].sort((a, b) => seconds(b) - seconds(a));
  }
}
