/** Versions of the dev dependencies written into generated projects: one place to bump them. */
const VERSIONS = {
  vitest: '^4.1.12',
  typescript: '^7.0.2',
  // vitest 4 accepts only @types/node 20+, so older runtimes type-check against 20 too; the
  // integration tests run their code on the runtime's own Node.js instead.
  '@types/node': '^20.19.0',
  express: '^5.2.0',
  koa: '^3.2.0',
  '@types/express': '^5.0.6',
  '@types/koa': '^3.0.3',
} as const;

export type PinnedPackage = keyof typeof VERSIONS;

/** The version range of a pinned package; throws on a name that is not pinned. */
export function pinned(name: string): string {
  if (!(name in VERSIONS)) throw new Error(`No pinned version for ${name}`);
  return VERSIONS[name as PinnedPackage];
}
