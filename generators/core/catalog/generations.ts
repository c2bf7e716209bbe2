import { t, type MessageKey } from '../i18n/index.js';

/** FC generations. Each fixes the deploy file's edition, the Serverless Devs component and CLI. */
export const FC_VERSION_IDS = ['2', '3'] as const;
export type FcVersion = (typeof FC_VERSION_IDS)[number];

export interface Generation {
  id: FcVersion;
  /** `FC 2.0`, `FC 3.0`: a name, the same in every language (s.yaml's comment has it too). */
  label: string;
  /** What the generation is, in the current language. */
  readonly summary: string;
  /** `edition` of s.yaml. */
  sYamlEdition: string;
  /** Serverless Devs component that deploys it. */
  component: string;
  /** The Serverless Devs CLI major that accepts this edition. */
  devsPackage: string;
  /**
   * The exact client a CI workflow deploys with (pinned, so a new release changes nothing unasked), the
   * one this repository's tests run (package.json's devDependencies).
   */
  devsVersion: string;
  /**
   * `s deploy` with no question asked: `-y` answers the component's confirmations; FC 2.0's fc also asks
   * whether to keep a remote change unless `--use-local` (fc-deploy src/lib/fc/fc-deploy.ts setUseRemote).
   */
  deployArgs: readonly string[];
  /** FC 2.0: a function with an HTTP trigger is an HTTP function and can have no other trigger. */
  httpTriggerExclusive: boolean;
  /** Node.js majors from which built-in runtimes get the async `(event, context)` handler; undefined = callback everywhere. */
  asyncNodeHandlerFrom?: number;
  /** What a function with the HTTP trigger is, for `list triggers` and the docs, in the current language. */
  readonly httpTriggerMakes: string;
}

/** A text or value that differs between the generations. */
export type PerGeneration<T> = T | Readonly<Record<FcVersion, T>>;

/** The value of a per-generation entry for one generation. */
export function forGeneration<T>(value: PerGeneration<T>, fcVersion: FcVersion): T {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && '2' in value && '3' in value) return (value as Readonly<Record<FcVersion, T>>)[fcVersion];
  return value as T;
}

/** A text per generation, each looked up when read, so it is in the language of that moment. */
export function messagePerGeneration(fc2: MessageKey, fc3: MessageKey): Readonly<Record<FcVersion, string>> {
  return {
    get '2'() { return t(fc2); },
    get '3'() { return t(fc3); },
  };
}

export const GENERATIONS: Record<FcVersion, Generation> = {
  '2': {
    id: '2',
    label: 'FC 2.0',
    get summary() { return t('generation.2.summary'); },
    sYamlEdition: '1.0.0',
    component: 'fc',
    devsPackage: '@serverless-devs/s@2',
    devsVersion: '2.2.2',
    deployArgs: ['deploy', '-y', '--use-local'],
    httpTriggerExclusive: true,
    get httpTriggerMakes() { return t('generation.2.httpTriggerMakes'); },
  },
  '3': {
    id: '3',
    label: 'FC 3.0',
    get summary() { return t('generation.3.summary'); },
    sYamlEdition: '3.0.0',
    component: 'fc3',
    devsPackage: '@serverless-devs/s@3',
    devsVersion: '3.1.10',
    deployArgs: ['deploy', '-y'],
    httpTriggerExclusive: false,
    asyncNodeHandlerFrom: 18,
    get httpTriggerMakes() { return t('generation.3.httpTriggerMakes'); },
  },
};

/** The deploy command of a generation, through npx with the pinned client: what CI, `npm run deploy` and doctor's fixes run. */
export function deployCommand(fcVersion: FcVersion): string {
  const generation = GENERATIONS[fcVersion];
  return `npx --yes @serverless-devs/s@${generation.devsVersion} ${generation.deployArgs.join(' ')}`;
}

/** Whether a Node.js runtime of this major gets the async handler in this generation. */
export function usesAsyncNodeHandler(fcVersion: FcVersion, nodeMajor: number): boolean {
  const from = GENERATIONS[fcVersion].asyncNodeHandlerFrom;
  return from !== undefined && nodeMajor >= from;
}

export const DEFAULT_FC_VERSION: FcVersion = '2';
