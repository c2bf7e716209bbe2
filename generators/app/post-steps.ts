import { execa } from 'execa';
import ora from 'ora';
import { UserError } from '../core/errors.js';

/** Runs the family's install command with a spinner; a failure leaves the written project in place. */
export async function installDependencies(command: string, cwd: string, options: { quiet: boolean }): Promise<void> {
  const spinner = ora({ text: `${command} in ${cwd}`, isEnabled: !options.quiet && process.stderr.isTTY, isSilent: options.quiet, stream: process.stderr }).start();
  const [file = '', ...args] = command.split(' ');
  try {
    await execa(file, args, { cwd, stdin: 'ignore' });
    spinner.succeed(`${command} done`);
  } catch (error) {
    spinner.fail(`${command} failed`);
    const detail = error instanceof Error && 'stderr' in error ? String(error.stderr).trim().split('\n').slice(-5).join('\n') : String(error);
    throw new UserError(`The project was written to ${cwd}, but "${command}" failed:\n${detail}\nRun it again there once the problem is fixed.`);
  }
}

/** Initialises a repository with a first commit; says why when it could not. */
export async function initGitRepository(cwd: string): Promise<{ committed: boolean; note?: string }> {
  const inside = await execa('git', ['rev-parse', '--is-inside-work-tree'], { cwd, reject: false, stdin: 'ignore' });
  if (inside.exitCode === 0 && inside.stdout.trim() === 'true') {
    return { committed: false, note: 'No git repository created: the project is already inside one.' };
  }
  try {
    await execa('git', ['init', '-q'], { cwd, stdin: 'ignore' });
    await execa('git', ['add', '-A'], { cwd, stdin: 'ignore' });
    await execa('git', ['commit', '-q', '-m', 'Initial commit from create-fc-function'], { cwd, stdin: 'ignore' });
    return { committed: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { committed: false, note: `git could not make the first commit (${reason}); the files are there, commit them yourself.` };
  }
}
