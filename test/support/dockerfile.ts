import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One Dockerfile instruction: the keyword (upper case) and its arguments as written. */
export interface Instruction {
  keyword: string;
  args: string;
}

/** The instructions of a Dockerfile: comments and blank lines dropped, `\` continuations joined. */
export function parseDockerfile(text: string): Instruction[] {
  const joined = text.replace(/\\\r?\n/g, ' ');
  return joined
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/**
 * What would stop a function's image from building or serving on FC, found without a Docker engine:
 * no FROM first, a CMD that is not exec-form JSON or names a file missing from the build context,
 * and a server port (ENV FC_SERVER_PORT) that differs from EXPOSE or from the port s.yaml gives FC.
 */
export function dockerfileProblems(context: string, port: number): string[] {
  const instructions = parseDockerfile(readFileSync(join(context, 'Dockerfile'), 'utf8'));
  const problems: string[] = [];
  if (instructions[0]?.keyword !== 'FROM') problems.push('the first instruction is not FROM');
  const cmd = instructions.filter((instruction) => instruction.keyword === 'CMD').at(-1);
  let command: unknown;
  try {
    command = JSON.parse(cmd?.args ?? '');
  } catch {
    problems.push(`CMD is not an exec-form JSON array: ${cmd?.args ?? '(none)'}`);
  }
  if (Array.isArray(command)) {
    const script = command.at(-1);
    if (typeof script !== 'string' || !existsSync(join(context, script))) problems.push(`CMD runs ${String(script)}, which is not in the build context`);
  }
  const env = instructions.find((instruction) => instruction.keyword === 'ENV' && instruction.args.startsWith('FC_SERVER_PORT='));
  const exposed = instructions.find((instruction) => instruction.keyword === 'EXPOSE')?.args;
  if (env?.args !== `FC_SERVER_PORT=${port}`) problems.push(`ENV FC_SERVER_PORT is ${env?.args ?? 'missing'}, s.yaml's port is ${port}`);
  if (exposed !== String(port)) problems.push(`EXPOSE is ${exposed ?? 'missing'}, s.yaml's port is ${port}`);
  if (!instructions.some((instruction) => instruction.keyword === 'COPY')) problems.push('nothing is copied into the image');
  return problems;
}

/** What the image would run: CMD's exec-form command and the ENV it sets, read from the Dockerfile. */
export function imageCommand(context: string): { command: string[]; env: Record<string, string> } {
  const instructions = parseDockerfile(readFileSync(join(context, 'Dockerfile'), 'utf8'));
  const cmd = instructions.filter((instruction) => instruction.keyword === 'CMD').at(-1);
  const env = Object.fromEntries(
    instructions.filter((instruction) => instruction.keyword === 'ENV').map((instruction) => {
      const [key = '', ...value] = instruction.args.split('=');
      return [key, value.join('=')];
    }),
  );
  return { command: JSON.parse(cmd?.args ?? '[]') as string[], env };
}
