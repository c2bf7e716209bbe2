/** Versions of the dev dependencies written into generated projects: one place to bump them. */
const VERSIONS = {
  vitest: '^4.1.12',
  typescript: '^7.0.2',
} as const;

export type PinnedPackage = keyof typeof VERSIONS;

/** The version range of a pinned package; throws on a name that is not pinned. */
export function pinned(name: string): string {
  if (!(name in VERSIONS)) throw new Error(`No pinned version for ${name}`);
  return VERSIONS[name as PinnedPackage];
}
