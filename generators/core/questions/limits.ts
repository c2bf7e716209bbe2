import { t } from '../i18n/index.js';
import type { FcVersion } from '../catalog/generations.js';
import type { IntegerRange } from './types.js';

/**
 * Memory sizes (MB) each generation's component accepts: devsapp/fc's publish.yaml lists FC 2.0's
 * as an enum; devsapp/fc3's schema takes 128-32768 in steps of 64.
 */
export const MEMORY_LIMITS: Readonly<Record<FcVersion, IntegerRange & { sizes?: readonly number[] }>> = {
  '2': { min: 128, max: 32768, sizes: [128, 256, 512, 1024, 2048, 3072, 4096, 8192, 16384, 32768] },
  '3': { min: 128, max: 32768, step: 64 },
};

/** Execution timeout (s): devsapp/fc3's schema takes 1-86400, FC 2.0's limit since its 24-hour executions. */
export const TIMEOUT_LIMITS: IntegerRange = { min: 1, max: 86400 };

/** Why a memory size does not fit a generation, or undefined. */
export function memoryProblem(memory: number, fcVersion: FcVersion): string | undefined {
  const limits = MEMORY_LIMITS[fcVersion];
  if (limits.sizes) return limits.sizes.includes(memory) ? undefined : t('memory.sizes', { sizes: limits.sizes.join(', ') });
  const fits = memory >= limits.min && memory <= limits.max && memory % (limits.step ?? 1) === 0;
  return fits ? undefined : t('memory.range', { min: limits.min, max: limits.max, step: limits.step ?? 1 });
}

/**
 * vCPUs for an FC 3.0 container of this memory: FC wants 0.05-16 vCPUs in steps of 0.05 and a
 * vCPU:GB ratio from 1:1 to 1:4, so 0.5 (the default's) moved into that band.
 */
export function containerCpu(memoryMb: number): number {
  const gb = memoryMb / 1024;
  const step = (value: number, round: (x: number) => number) => round(Math.round(value * 20 * 1000) / 1000) / 20;
  const lowest = Math.max(0.05, step(gb / 4, Math.ceil));
  const highest = Math.min(16, step(gb, Math.floor));
  return Math.min(Math.max(0.5, lowest), highest);
}
