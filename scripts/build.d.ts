// Types of scripts/build.js, for the tests that call it.
import type { Metafile } from 'esbuild';

/** A package whose code is in the bundle, with its licence. */
export interface BundledPackage {
  name: string;
  version: string;
  license: string | undefined;
  text: string | undefined;
}

export const EXTERNAL_PACKAGES: string[];
export function bundledPackages(metafile: Metafile): BundledPackage[];
export function noticeText(packages: readonly BundledPackage[]): string;
export function build(outdir?: string): Promise<Metafile>;
