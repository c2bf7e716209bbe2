import { describe, expect, it } from 'vitest';
import { colorsWanted } from '../../generators/app/colors.js';

describe('colours', () => {
  it.each([
    ['a terminal', {}, true, true],
    ['a pipe', {}, false, false],
    ['a pipe under CI (picocolors alone would colour it)', { CI: 'true' }, false, false],
    ['NO_COLOR on a terminal', { NO_COLOR: '1' }, true, false],
    ['FORCE_COLOR through a pipe', { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0 on a terminal', { FORCE_COLOR: '0' }, true, true],
    ['NO_COLOR over FORCE_COLOR', { NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    ['a dumb terminal', { TERM: 'dumb' }, true, false],
  ] as const)('%s', (_label, env, tty, expected) => {
    expect(colorsWanted(env as NodeJS.ProcessEnv, tty)).toBe(expected);
  });
});
