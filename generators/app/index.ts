import { resolve } from 'node:path';
import Generator from 'yeoman-generator';
import { familyOf } from '../core/catalog/families/index.js';
import { runtimeById } from '../core/catalog/runtimes.js';
import { registerMessages, setLocale } from '../core/i18n/index.js';
import { ZH_CN } from '../core/i18n/messages/zh-CN.js';
import { planProject } from '../core/plan.js';
import { answersOf } from '../core/questions/answers.js';
import { reproduceCommand } from '../core/reproduce.js';
import { resolveProject, type ProjectSpec, type RawAnswers } from '../core/validate.js';
import { checkTargetDirectory, givenDirectory } from '../target-dir.js';
import { renderPlan, type RenderedFile } from '../write/render.js';
import { commitFiles } from '../write/commit.js';
import { checkWrites, replacedFiles } from '../write/write-files.js';
import type { AppOptions, GenerationResult, Stage } from './options.js';
import { askQuestions, generatorAsk } from './prompts.js';
import { initGitRepository, installDependencies } from './post-steps.js';

/** Yeoman's logger without its "An error occured while running ..." line: the CLI reports a failed task in one line itself. */
function withoutTaskErrorLine<T extends object>(log: T): T {
  return new Proxy(log, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key !== 'error' || typeof value !== 'function') return value;
      return (message: unknown, ...rest: unknown[]) =>
        typeof message === 'string' && message.startsWith('An error occured while running ') ? receiver : (value as (...args: unknown[]) => unknown).call(target, message, ...rest);
    },
  });
}

/** The Yeoman generator: gathers answers, checks them, writes the plan, installs, commits. */
export default class AppGenerator extends Generator {
  // Yeoman runs every public method as a task, so helpers and state are #private.
  #answers: RawAnswers;
  readonly #app: AppOptions;
  #spec?: ProjectSpec;
  #files?: RenderedFile[];
  #result?: GenerationResult;

  constructor(args: string[], options: AppOptions & Generator['options']) {
    // The install step is ours (with a spinner, and none for Python), not the environment's.
    super(args, options, { customInstallTask: true });
    (this as { log: Generator['log'] }).log = withoutTaskErrorLine(this.log);
    this.#app = options;
    this.#answers = { ...options.answers };
    // Yeoman constructs generators synchronously, so every language comes with the generator.
    registerMessages('zh-CN', ZH_CN);
    // The language is the process's, as the CLI's is: composed generators speak it too.
    if (options.lang) setLocale(options.lang);
  }

  initializing(): void {
    // A target the flags name is refused before the first question, not after the last.
    const directory = givenDirectory(this.#answers);
    if (directory !== undefined) checkTargetDirectory(directory, this.#app.force, this.destinationRoot());
  }

  async prompting(): Promise<void> {
    if (this.#app.interactive) {
      const defaults = { install: this.#app.install, git: this.#app.git };
      this.#answers = await askQuestions(generatorAsk(this), (text) => this.log(text), this.#answers, { force: this.#app.force, base: this.destinationRoot(), defaults });
    }
  }

  configuring(): void {
    const spec = resolveProject(this.#answers);
    this.#spec = spec;
    // The same rendering and the same conflict rule as the CLI's own writer; checked again here
    // because the disk may have changed while the wizard waited for answers.
    this.#files = renderPlan(planProject(spec));
    checkWrites(spec.directory, this.#files.map((file) => file.path), this.#app.force, this.destinationRoot());
  }

  async writing(): Promise<void> {
    const spec = this.#required();
    if (!this.#files) throw new Error('The project was not rendered before writing');
    const rendered = this.#files;
    const options = { install: this.#installWanted(), git: this.#gitWanted() };
    const files = rendered.map((file) => file.path).sort();
    this.#result = {
      spec,
      directory: this.#projectPath(),
      files,
      replaced: replacedFiles(this.#projectPath(), rendered),
      installed: false,
      git: false,
      reproduce: reproduceCommand(spec, options),
      answers: answersOf(spec, options),
      warnings: [],
    };
    // The CLI's own all-or-nothing writer, not Yeoman's in-memory file system, whose commit writes
    // file by file: a full disk or a Ctrl-C halfway must leave the folder as it was.
    const recheck = () => checkWrites(spec.directory, files, this.#app.force, this.destinationRoot());
    const running = commitFiles(this.#projectPath(), rendered, { recheck, ...(this.#app.signal ? { signal: this.#app.signal } : {}) });
    this.#stage({ step: 'writing', directory: this.#projectPath() }, running);
    await running;
  }

  async install(): Promise<void> {
    this.#stage({ step: 'written' });
    const spec = this.#required();
    const command = familyOf(runtimeById(spec.runtime), spec.language).install;
    if (!command || !this.#installWanted()) return;
    const running = installDependencies(command, this.#projectPath(), { quiet: this.#app.json, signal: this.#app.signal });
    this.#stage({ step: 'installing', command }, running);
    await running;
    this.#output().installed = true;
    this.#stage({ step: 'installed', command });
  }

  async end(): Promise<void> {
    const result = this.#output();
    if (this.#gitWanted()) {
      const running = initGitRepository(this.#projectPath(), { signal: this.#app.signal });
      this.#stage({ step: 'committing' }, running);
      const outcome = await running;
      result.git = outcome.committed;
      if (outcome.note) result.warnings.push(outcome.note);
    }
    this.#stage({ step: 'done', git: result.git });
    this.#app.onResult?.(result);
  }

  #stage(stage: Stage, running?: Promise<unknown>): void {
    // A Ctrl-C between two steps stops here, before the next one starts.
    this.#app.signal?.throwIfAborted();
    this.#app.onStage?.(stage, running);
  }

  #installWanted(): boolean {
    return this.#answers.install ?? this.#app.install;
  }

  #gitWanted(): boolean {
    return this.#answers.git ?? this.#app.git;
  }

  #projectPath(...parts: string[]): string {
    return resolve(this.destinationRoot(), this.#required().directory, ...parts);
  }

  #required(): ProjectSpec {
    if (!this.#spec) throw new Error('The project was not resolved before writing');
    return this.#spec;
  }

  #output(): GenerationResult {
    if (!this.#result) throw new Error('The project was not written');
    return this.#result;
  }
}
