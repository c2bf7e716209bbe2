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

export interface GenerationResult {
  spec: ProjectSpec;
  /** Absolute path of the project. */
  directory: string;
  files: string[];
  installed: boolean;
  git: boolean;
  reproduce: string;
  warnings: string[];
}
