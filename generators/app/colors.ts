import { createColors } from 'picocolors';

/**
 * Colours only on a terminal: picocolors alone also colours piped output whenever CI is set, and a
 * log or a file then holds escape codes. NO_COLOR turns them off everywhere, FORCE_COLOR on.
 */
export function colorsWanted(env: NodeJS.ProcessEnv, isTty: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return isTty && env.TERM !== 'dumb';
}

const pc = createColors(colorsWanted(process.env, Boolean(process.stdout.isTTY)));
export default pc;
