import type { Locale } from '../core/i18n/index.js';
import type { AnswerValue } from '../core/questions/types.js';
import type { ProjectSpec, RawAnswers } from '../core/validate.js';

/** A step of the run that changes the disk; a cancelled run says what the last one left there. */
export type Stage =
  | { step: 'writing'; directory: string }
  | { step: 'written' }
  | { step: 'installing'; command: string }
  | { step: 'installed'; command: string }
  | { step: 'committing' }
  | { step: 'done'; git: boolean };

/** Thrown when Ctrl-C stopped a run's install or git step. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
}

/** What a Yeoman environment (or yeoman-test) hands the generator as its options. */
export interface AppOptions {
  /** Answers already given as flags. */
  answers: RawAnswers;
  /** Ask the unanswered questions (only with a TTY). */
  interactive: boolean;
  install: boolean;
  git: boolean;
  force: boolean;
  /** Language of the questions and messages; default: as the caller set it (the CLI: --lang or the locale), else English. */
  lang?: Locale;
  /** Machine-readable mode: no spinner. */
  json: boolean;
  /** Aborted on Ctrl-C: stops the running command and every step after it. */
  signal?: AbortSignal;
  /** Called as each step starts; `running` settles once that step's command has ended. */
  onStage?: (stage: Stage, running?: Promise<unknown>) => void;
  /** Called once the project is written; the caller reports it. */
  onResult?: (result: GenerationResult) => void;
}

/** What a finished run made, for the summary and the `--json` result. */
export interface GenerationResult {
  spec: ProjectSpec;
  /** Absolute path of the project. */
  directory: string;
  files: string[];
  /** Files (of `files`) that existed with other contents and were overwritten. */
  replaced: string[];
  installed: boolean;
  git: boolean;
  reproduce: string;
  /** Every answer, keyed as an answers file: `--answers` reads it back to the same project. */
  answers: Record<string, AnswerValue>;
  warnings: string[];
}
