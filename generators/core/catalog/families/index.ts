import { customServerOf } from '../custom-servers.js';
import type { Language } from '../languages.js';
import { RUNTIMES, type Runtime } from '../runtimes.js';
import { dotnetFamily } from './dotnet.js';
import { goFamily } from './go.js';
import { javaFamily } from './java.js';
import { nodejsFamily } from './nodejs.js';
import { phpFamily } from './php.js';
import { pythonFamily } from './python.js';
import type { Family } from './types.js';

export type { DeployStep, Family, GeneratedFile, LocalCall, LocalRunner, Verification, VerificationLevel } from './types.js';
export { sourceDir } from './types.js';

export const FAMILIES = {
  nodejs: nodejsFamily,
  python: pythonFamily,
  java: javaFamily,
  go: goFamily,
  php: phpFamily,
  dotnet: dotnetFamily,
} as const satisfies Record<string, Family>;

/** The language toolchain a project's code and tests use. */
export type CodeFamily = keyof typeof FAMILIES;

/** The toolchain of a runtime and language: a custom runtime's is its server's language. */
export function codeFamilyOf(runtime: Runtime, language: Language): CodeFamily {
  if (runtime.family !== 'custom') return runtime.family;
  return customServerOf(language).codeFamily;
}

/** The family entry of a runtime and language. */
export function familyOf(runtime: Runtime, language: Language): Family {
  return FAMILIES[codeFamilyOf(runtime, language)];
}

/** The template folder of a language's code (`nodejs/typescript`, `python`, `dotnet`): where a trigger folder keeps its code in that language. */
export function codeFolderOf(language: Language): string {
  const runtime = RUNTIMES.find((candidate) => candidate.family !== 'custom' && (candidate.languages as readonly Language[]).includes(language));
  if (!runtime) throw new Error(`No built-in runtime writes ${language}`);
  return FAMILIES[runtime.family as CodeFamily].templates(language);
}
