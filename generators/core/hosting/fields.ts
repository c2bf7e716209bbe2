import { DEFAULT_MEMORY, fc3Cpu } from '../questions/limits.js';
import type { ProjectSpec } from '../project-spec.js';

// Serverless Devs resolves these when it deploys. 2.x resolves config() only with the key unquoted
// (@serverless-devs/core's parser looks a quoted key up quotes and all); 3.x takes both forms.
export const REGION = '${vars.region}';
export const ACCOUNT_ID = '${config(AccountID)}';
/** A value the deploying machine's environment gives when Serverless Devs deploys (2.x and 3.x both read this form, unquoted). */
export const deployTimeValue = (name: string): string => `\${env(${name})}`;

/** The names a text reads from the deploying machine's environment, in the form above (quoted names too, as 3.x takes them). */
export function deployTimeNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{\s*env\(\s*['"]?([A-Za-z_][A-Za-z0-9_]*)['"]?\s*\)\s*\}/g)].map((match) => match[1] as string))];
}

/** The function's size, as the answers give it (both components call the fields memorySize and timeout). */
export function size(spec: ProjectSpec): { memorySize: number; timeout: number } {
  return { memorySize: spec.memorySize, timeout: spec.timeout };
}

// FC 3.0 also sizes CPU (in a band the memory sets) and disk (its smallest is 512 MB): always for a
// container, and for code when the memory is not the default, from which FC derives them itself.
export const fc3Size = (spec: ProjectSpec) => ({ cpu: fc3Cpu(spec.memorySize), diskSize: 512 });

/** FC 3.0's sizes of a code package: only where the memory is not the default. */
export const fc3CodeSize = (spec: ProjectSpec) => (spec.memorySize === DEFAULT_MEMORY.code ? {} : fc3Size(spec));
