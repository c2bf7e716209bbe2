import type { FcVersion } from '../catalog/generations.js';
import type { TypeChoice } from '../catalog/function-types.js';
import type { Language } from '../catalog/languages.js';
import type { FrameworkId } from '../catalog/frameworks.js';
import type { Runtime } from '../catalog/runtimes.js';
import type { TriggerId } from '../catalog/triggers/index.js';
import type { UseCaseId } from '../catalog/use-cases.js';
import type { Recommendation } from '../recommend.js';
import type { ProductionSettings } from '../catalog/function-settings/types.js';

/** An answer as a flag, a prompt or an answers file gives it. */
export type AnswerValue = string | number | boolean | readonly string[];

/** Answers by question key (trigger settings included), not yet checked. */
export type GivenAnswers = Readonly<Record<string, AnswerValue | undefined>>;

/** What a question's value looks like, for the parser, the wizard and the schema. */
export type QuestionKind = 'text' | 'choice' | 'list' | 'integer' | 'boolean';

/** Where `--help` lists a question. */
export type QuestionGroup = 'project' | 'function' | 'trigger' | 'settings' | 'steps';

/**
 * The answers checked so far, in the table's order: a question reads only the answers above it,
 * so the walk fills these in before they are read.
 */
export interface Resolved {
  fcVersion: FcVersion;
  directory: string;
  triggers: TriggerId[];
  useCases: UseCaseId[];
  type: TypeChoice;
  runtime: Runtime;
  /** The built-in runtime the user named where FC 3.0's web function runs on `runtime`, a custom one instead: it names the language. */
  namedRuntime?: Runtime;
  language: Language;
  /** The functions the answers make, once the runtime and language are known. */
  recommendation: Recommendation;
  framework?: FrameworkId;
  port?: number;
  name: string;
  region: string;
  imageRepo?: string;
  domain?: string;
  instanceConcurrency?: number;
  memorySize: number;
  timeout: number;
  /** `--ci`: a provider id, or `none`. */
  ci: string;
  settings: Record<string, string | string[]>;
  /** Whether the wizard asks the production settings. */
  advanced: boolean;
  /** The production settings checked so far. */
  production: ProductionSettings;
  install: boolean;
  git: boolean;
  /** The answers as given, for defaults that follow a later answer (the directory follows the name). */
  given: GivenAnswers;
  /** Flags whose value was not given and took the default. */
  defaulted: string[];
}

/** Inclusive limits of an integer answer; `step` divides every accepted value. */
export interface IntegerRange {
  min: number;
  max: number;
  step?: number;
}

/**
 * When a question applies, declared once: the wizard asks it only then, and a value given
 * otherwise is refused with `problem`, which says how to fix the answers.
 */
export interface Condition {
  holds: (resolved: Resolved) => boolean;
  problem: (flag: string, resolved: Resolved) => string;
}

/** One top-level question: a flag, a wizard question, an answers-file key and a `--help` line at once. */
export interface Question {
  /** Key in answers files, `--json` results and the answers object. */
  key: string;
  /** CLI flag without `--`; the directory is positional instead. */
  flag?: string;
  positional?: true;
  /** A boolean whose flag turns it off (`--skip-install`, `--no-git`). */
  negatedFlag?: true;
  /** A plain boolean's second flag, which answers no where the default may be yes (`--no-task`). */
  offFlag?: string;
  kind: QuestionKind;
  group: QuestionGroup;
  /** The wizard's question, in the run's language. */
  prompt: (resolved: Resolved) => string;
  /** The `--help` line and the schema's description, in the run's language. */
  help: () => string;
  /** Every value accepted, in any context: `--help`, the schema's enum and a bad value's error. */
  choices?: readonly string[];
  /** Other names accepted for the choices (trigger aliases). */
  aliases?: readonly string[];
  /** The choices that fit the answers above: all the wizard offers. */
  fitting?: (resolved: Resolved) => readonly string[];
  /** How the wizard shows a choice. */
  choiceLabel?: (id: string, resolved: Resolved) => string;
  /** The widest limits of an integer, for `--help` and the schema; `accept` checks the project's own. */
  range?: IntegerRange;
  /** Checks one value (each item of a list) alone; a sentence when it is bad. */
  check?: (value: string) => string | undefined;
  /** Checks a value alone in the question's own way, instead of the kind's checks (trigger settings keep their parser). */
  validate?: (value: AnswerValue) => void;
  /** The default when it does not depend on other answers; `--help` and the schema show it. */
  staticDefault?: AnswerValue;
  /** The default for these answers, when it depends on them; undefined leaves the answer unset. */
  default?: (resolved: Resolved) => AnswerValue | undefined;
  /** What the wizard pre-fills when the default leaves the answer unset (the image repository). */
  suggestion?: (resolved: Resolved) => string;
  appliesTo?: Condition;
  /** A trigger setting's trigger, which `--help` names beside it. */
  appliesToTrigger?: string;
  /** The schema's description when it differs from the help line (a flag that turns the answer off). */
  describe?: () => string;
  /** The value's name in `--help` when its kind does not say it well (`KEY=VALUE`). */
  valueName?: string;
  /** Where s.yaml holds the answer, per generation (the README's settings table); a generation without it refuses it. */
  lands?: { '2'?: string; '3'?: string };
  /** A default that follows the functions (a web function's concurrency), not a choice the run reports as defaulted. */
  unlistedDefault?: true;
  /** Never asked by the wizard: a flag or an answers file sets it, else the default holds. */
  flagOnly?: true;
  /** Whether the wizard asks it, when it applies (a single fitting choice needs no question). */
  asked?: (resolved: Resolved) => boolean;
  /** Checks the value against the answers above and stores it. */
  accept: (value: AnswerValue | undefined, resolved: Resolved, given: boolean) => void;
}
