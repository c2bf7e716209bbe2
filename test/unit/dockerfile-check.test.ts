import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dockerfileProblems, parseDockerfile } from '../support/dockerfile.js';

/** A build context holding a Dockerfile and the named files. */
function context(dockerfile: string, files: string[] = ['server.js']): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfc-dockerfile-'));
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  for (const file of files) writeFileSync(join(dir, file), '');
  return dir;
}

const GOOD = ['FROM node:20-slim', 'WORKDIR /code', 'COPY . .', 'ENV FC_SERVER_PORT=9000', 'EXPOSE 9000', 'CMD ["node", "server.js"]'].join('\n');

describe('the Dockerfile check of the integration tests', () => {
  it('reads instructions, joining continued lines and dropping comments', () => {
    expect(parseDockerfile('# x\nFROM a\nRUN one \\\n  two\n')).toEqual([
      { keyword: 'FROM', args: 'a' },
      { keyword: 'RUN', args: 'one two' },
    ]);
  });

  it('accepts a Dockerfile that would serve on the port', () => {
    expect(dockerfileProblems(context(GOOD), 9000)).toEqual([]);
  });

  it.each([
    ['a port other than s.yaml\'s', GOOD, 8080, /FC_SERVER_PORT.*8080/],
    ['a CMD script missing from the context', GOOD.replace('server.js"]', 'app.js"]'), 9000, /app\.js/],
    ['a shell-form CMD', GOOD.replace('CMD ["node", "server.js"]', 'CMD node server.js'), 9000, /exec-form/],
    ['no FROM first', GOOD.replace('FROM node:20-slim', 'LABEL x=y'), 9000, /FROM/],
  ])('finds %s', (_label, dockerfile, port, problem) => {
    expect(dockerfileProblems(context(dockerfile), port).join('\n')).toMatch(problem);
  });
});
