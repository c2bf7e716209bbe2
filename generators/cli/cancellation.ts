import { constants as osConstants } from 'node:os';
import { isAbsolute, relative } from 'node:path';
import pc from '../app/colors.js';
import { CancelledError, type Stage } from '../app/options.js';
import { t } from '../core/i18n/index.js';

/** Signals that end a run; the install runs in its own process group, so these must stop it. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Follows a run's steps so that Ctrl-C stops it at once and says what it left on disk. */
export class Cancellation {
  readonly #controller = new AbortController();
  #directory?: string;
  /** Writing is all-or-nothing: it ends with every file in place, or with every file as it was ('undone'). */
  #files: 'none' | 'writing' | 'undone' | 'all' = 'none';
  #installing?: string;
  #installed = false;
  #git: 'none' | 'running' | 'done' = 'none';
  #running?: Promise<unknown>;
  #reported = false;
  readonly #onSignal = (signal: NodeJS.Signals) => void this.#stop(signal);

  /** Aborted on a stop signal; the generator's commands end with it. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  listen(): void {
    for (const signal of STOP_SIGNALS) process.on(signal, this.#onSignal);
  }

  unlisten(): void {
    for (const signal of STOP_SIGNALS) process.off(signal, this.#onSignal);
  }

  /** Records a step the generator started, and the promise of its command. */
  advance(stage: Stage, running?: Promise<unknown>): void {
    this.#running = running;
    if (stage.step === 'writing') {
      [this.#directory, this.#files] = [stage.directory, 'writing'];
      // Heard before #stop's wait ends, so the report says how the writing ended.
      running?.then(() => (this.#files = 'all'), () => (this.#files = 'undone'));
    }
    else if (stage.step === 'written') this.#files = 'all';
    else if (stage.step === 'installing') this.#installing = stage.command;
    else if (stage.step === 'installed') [this.#installing, this.#installed] = [undefined, true];
    else if (stage.step === 'committing') this.#git = 'running';
    else this.#git = stage.git ? 'done' : 'none';
  }

  /** Prints, once, where the run stopped and what it left on disk. */
  report(): void {
    if (!this.#reported) console.error(pc.yellow(this.#text()));
    this.#reported = true;
  }

  async #stop(signal: NodeJS.Signals): Promise<void> {
    // Before the first write there is nothing to wait for; a second Ctrl-C does not wait either.
    if (!this.#controller.signal.aborted && this.#files !== 'none') {
      this.#controller.abort(new CancelledError(t('cancel.reason')));
      const grace = new Promise((done) => setTimeout(done, 3000).unref());
      if (this.#running) await Promise.race([this.#running.catch(() => undefined), grace]);
    }
    this.report();
    process.exit(signalExitCode(signal));
  }

  #text(): string {
    if (this.#files === 'none' || this.#directory === undefined) return t('cancel.nothingWritten');
    if (this.#files === 'undone') return t('cancel.undone');
    const path = relative(process.cwd(), this.#directory);
    const where = path === '' ? '.' : isAbsolute(path) || path.startsWith('..') ? path : `./${path}`;
    if (this.#files === 'writing') return t('cancel.writeInterrupted', { where });
    const head = this.#installing ? t('cancel.headInstalling', { command: this.#installing }) : this.#git === 'running' ? t('cancel.headGit') : t('cancel.head');
    const files = t('cancel.filesAll', { where });
    const dependencies = t(this.#installed ? 'cancel.installed' : 'cancel.notInstalled');
    const git = this.#git === 'done' ? t('cancel.gitDone') : this.#git === 'running' ? t('cancel.gitHalf', { where }) : t('cancel.gitNone');
    return t('cancel.state', { head, files, dependencies, git });
  }
}

/**
 * Runs a step that undoes itself when its signal aborts (add's writing): a stop signal aborts it
 * instead of killing the process halfway. Returns the signal that stopped it, if one did.
 */
export async function stoppable(work: (signal: AbortSignal) => Promise<unknown>): Promise<NodeJS.Signals | undefined> {
  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    stoppedBy ??= signal;
    controller.abort(new CancelledError(t('cancel.reason')));
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  try {
    await work(controller.signal);
    return undefined;
  } catch (error) {
    if (controller.signal.aborted && stoppedBy) return stoppedBy;
    throw error;
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
  }
}

/** The exit code of a process stopped by `signal`, as a shell reports it (130 for SIGINT). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + osConstants.signals[signal];
}
