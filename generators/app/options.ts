import type { ProjectSpec, RawAnswers } from '../core/validate.js';

/** What the CLI (or a test) hands the generator. */
export interface AppOptions {
  /** Answers already given as flags. */
  answers: RawAnswers;
  /** Ask the unanswered questions (only with a TTY). */
  interactive: boolean;
  install: boolean;
  git: boolean;
  force: boolean;
  /** Machine-readable mode: no spinner. */
  json: boolean;
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
  warnings: string[];
}
