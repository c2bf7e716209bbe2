import { DEFAULT_FC_VERSION, FC_VERSION_IDS } from './catalog/generations.js';
import { TYPE_CHOICES } from './catalog/function-types.js';
import { LANGUAGE_IDS } from './catalog/languages.js';
import { DEFAULT_RUNTIME, RUNTIME_IDS } from './catalog/runtimes.js';
import { TRIGGER_IDS } from './catalog/triggers/index.js';
import { USE_CASE_IDS } from './catalog/use-cases.js';
import { DEFAULT_PORT, FRAMEWORK_IDS } from './catalog/frameworks.js';
import { functionName, imageRepository, port, region, type Check } from './validators.js';

/** Keys of the answers that every project has (per-trigger settings live in `settings`). */
export type FieldKey = 'fcVersion' | 'triggers' | 'useCases' | 'type' | 'runtime' | 'language' | 'framework' | 'port' | 'imageRepo' | 'name' | 'region';

/** A question that is also a flag: its one description feeds the wizard, the parser and `--help`. */
export interface Field {
  key: FieldKey;
  flag: string;
  message: string;
  kind: 'text' | 'list' | 'choice';
  choices?: readonly string[];
  /** Undefined when the default depends on other answers (language, name). */
  default?: string | readonly string[];
  check?: Check;
}

export const FIELDS: readonly Field[] = [
  { key: 'fcVersion', flag: 'fc-version', message: 'FC generation', kind: 'choice', choices: FC_VERSION_IDS, default: DEFAULT_FC_VERSION },
  { key: 'triggers', flag: 'trigger', message: 'What triggers the function? (repeatable)', kind: 'list', choices: TRIGGER_IDS, default: [] },
  { key: 'useCases', flag: 'use-case', message: 'What is it for? (repeatable)', kind: 'list', choices: USE_CASE_IDS, default: [] },
  { key: 'type', flag: 'type', message: 'Function type (auto = the recommendation)', kind: 'choice', choices: TYPE_CHOICES, default: 'auto' },
  { key: 'runtime', flag: 'runtime', message: 'Runtime', kind: 'choice', choices: RUNTIME_IDS, default: DEFAULT_RUNTIME },
  { key: 'language', flag: 'language', message: 'Language (default: the runtime\'s first)', kind: 'choice', choices: LANGUAGE_IDS },
  { key: 'framework', flag: 'framework', message: 'Web framework of a web function on a custom runtime or container (default: none; express or flask for framework-migration)', kind: 'choice', choices: FRAMEWORK_IDS },
  { key: 'port', flag: 'port', message: 'Port the server of a custom runtime or container listens on (FC_SERVER_PORT)', kind: 'text', default: String(DEFAULT_PORT), check: port },
  { key: 'imageRepo', flag: 'image-repo', message: 'Registry repository of a custom container\'s images (default: registry.<region>.aliyuncs.com/<name>)', kind: 'text', check: imageRepository },
  { key: 'name', flag: 'name', message: 'Function name (default: the directory name)', kind: 'text', check: functionName },
  { key: 'region', flag: 'region', message: 'Region', kind: 'text', default: 'cn-hangzhou', check: region },
];

/** The field of a key. */
export function field(key: FieldKey): Field {
  const found = FIELDS.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`Unknown field ${key}`);
  return found;
}

/** The name used when neither a directory nor --name is given. */
export const DEFAULT_NAME = 'my-fc-function';
