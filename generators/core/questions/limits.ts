import { t } from '../i18n/index.js';
import type { FcVersion } from '../catalog/generations.js';
import type { IntegerRange } from './types.js';

/**
 * Memory sizes (MB) a function of each generation deploys with. FC 2.0: the sizes of devsapp/fc's
 * publish.yaml enum that an elastic instance has (128-3072 MB, FC 2.0's "instance types and
 * instance modes" page); 4 GB and more are performance instances (instanceType c1, in a VPC),
 * which these projects do not configure. FC 3.0: devsapp/fc3's schema, 128-32768 in steps of 64.
 */
export const MEMORY_LIMITS: Readonly<Record<FcVersion, IntegerRange & { sizes?: readonly number[] }>> = {
  '2': { min: 128, max: 3072, sizes: [128, 256, 512, 1024, 2048, 3072] },
  '3': { min: 128, max: 32768, step: 64 },
};

/** Memory (MB) when none is given: an image needs more than a code package. */
export const DEFAULT_MEMORY = { code: 128, container: 512 } as const;

/** Execution timeout (s): devsapp/fc3's schema takes 1-86400, and so do FC 2.0's elastic instances. */
export const TIMEOUT_LIMITS: IntegerRange = { min: 1, max: 86400 };

/** Why a memory size does not fit a generation, or undefined. */
export function memoryProblem(memory: number, fcVersion: FcVersion): string | undefined {
  const limits = MEMORY_LIMITS[fcVersion];
  if (limits.sizes) return limits.sizes.includes(memory) ? undefined : t('memory.sizes', { sizes: limits.sizes.join(', ') });
  const fits = memory >= limits.min && memory <= limits.max && memory % (limits.step ?? 1) === 0;
  return fits ? undefined : t('memory.range', { min: limits.min, max: limits.max, step: limits.step ?? 1 });
}

/**
 * vCPUs for an FC 3.0 function of this memory: FC 3.0's API (CreateFunctionInput, 2023-03-30)
 * takes 0.05-16 vCPUs in steps of 0.05, with cpu to memory in GB between 1:1 and 1:4, so 0.5 (a
 * container's default) moved into that band. fc3 itself fills in a size only at 512 MB (src/base.ts).
 */
export function fc3Cpu(memoryMb: number): number {
  const gb = memoryMb / 1024;
  const step = (value: number, round: (x: number) => number) => round(Math.round(value * 20 * 1000) / 1000) / 20;
  const lowest = Math.max(0.05, step(gb / 4, Math.ceil));
  const highest = Math.min(16, step(gb, Math.floor));
  return Math.min(Math.max(0.5, lowest), highest);
}

/**
 * How many requests one instance serves at once (FC 3.0's schema: 1-200, devsapp/fc3 src/schema.json),
 * and the default for web functions: FC's own is 1, one instance per request; FC's official web
 * templates set 100 (devsapp/start-web-framework V3).
 */
export const INSTANCE_CONCURRENCY = { min: 1, max: 200, web: 100 } as const;
