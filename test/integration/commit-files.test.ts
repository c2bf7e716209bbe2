import { chmodSync, existsSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { execaSync } from 'execa';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../generators/app/options.js';
import { UserError } from '../../generators/core/errors.js';
import { commitFiles, type FileWrite } from '../../generators/write/commit.js';
import { LOCK_NAME, recoverInterruptedRun } from '../../generators/write/project-lock.js';
import { filesBelow, scratchDir } from '../support/cli.js';
import { chattrMissing } from '../support/disk-faults.js';
import { toolchainTier } from '../support/tier.js';

/** Every file below a folder with its bytes and mode: what "as it was" means. */
function snapshot(folder: string): Record<string, string> {
  if (!existsSync(folder)) return {};
  return Object.fromEntries(filesBelow(folder).map((path) => [path, `${(statSync(join(folder, path)).mode & 0o7777).toString(8)} ${readFileSync(join(folder, path), 'latin1')}`]));
}

/** A project with two files of its own, one of them read-only to others and executable. */
function project(): string {
  const root = scratchDir();
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 's.yaml'), 'edition: 3.0.0\n');
  writeFileSync(join(root, 'src', 'run.sh'), '#!/bin/sh\n', { mode: 0o750 });
  chmodSync(join(root, 'src', 'run.sh'), 0o750);
  return root;
}

/** Replaces both files and adds three in new folders. */
const WRITES: FileWrite[] = [
  { path: 's.yaml', contents: Buffer.from('edition: 3.0.0\nname: x\n') },
  { path: 'src/run.sh', contents: Buffer.from('#!/bin/sh\necho new\n') },
  { path: 'src/fn/index.js', contents: Buffer.from('exports.handler = () => 1;\n') },
  { path: 'events/a/b.json', contents: Buffer.from('{}\n') },
  { path: 'test/fn.test.js', contents: Buffer.from('// test\n') },
];

// Immutable files (chattr +i): a tier of its own, named when it is skipped.
const hasChattr = toolchainTier('chattr +i (root)', chattrMissing());

describe('commitFiles: every file or none', () => {
  it('writes every file, keeps each replaced file\'s mode, and leaves no temporary file or lock', async () => {
    const root = project();
    await commitFiles(root, WRITES);
    expect(filesBelow(root)).toEqual(['events/a/b.json', 's.yaml', 'src/fn/index.js', 'src/run.sh', 'test/fn.test.js']);
    expect(statSync(join(root, 'src', 'run.sh')).mode & 0o7777).toBe(0o750);
    for (const write of WRITES) expect(readFileSync(join(root, write.path), 'utf8')).toBe(write.contents.toString());
  });

  it('writes through a symlinked file inside the project, which stays a symlink', async () => {
    const root = project();
    writeFileSync(join(root, 'real.yaml'), 'old\n');
    const link = join(root, 'linked.yaml');
    symlinkSync('real.yaml', link);
    await commitFiles(root, [{ path: 'linked.yaml', contents: Buffer.from('new\n') }]);
    expect(readlinkSync(link)).toBe('real.yaml');
    expect(readFileSync(join(root, 'real.yaml'), 'utf8')).toBe('new\n');
  });

  it.each(WRITES.map((_write, index) => index))('a Ctrl-C before file %i is staged leaves the project as it was', async (stopAt) => {
    const root = project();
    const before = snapshot(root);
    const controller = new AbortController();
    let seen = 0;
    const onStep = (step: string) => {
      if (step === 'staging' && seen++ === stopAt) controller.abort(new CancelledError('stop'));
    };
    await expect(commitFiles(root, WRITES, { signal: controller.signal, onStep })).rejects.toBeInstanceOf(CancelledError);
    expect(snapshot(root)).toEqual(before);
  });

  it('a Ctrl-C into a new project folder removes the folder it made', async () => {
    const root = join(scratchDir(), 'new', 'project');
    const controller = new AbortController();
    const onStep = (step: string) => step === 'staged' && controller.abort(new CancelledError('stop'));
    await expect(commitFiles(root, WRITES, { signal: controller.signal, onStep })).rejects.toBeInstanceOf(CancelledError);
    expect(existsSync(join(root, '..'))).toBe(false);
  });

  it('refuses a file that changed since the plan read it, and writes nothing', async () => {
    const root = project();
    const before = snapshot(root);
    const stale = [{ ...(WRITES[0] as FileWrite), was: Buffer.from('edition: 2.0.0\n') }, ...WRITES.slice(1)];
    await expect(commitFiles(root, stale)).rejects.toThrow('s.yaml changed while this run was planning');
    expect(snapshot(root)).toEqual(before);
  });

  it('of two runs writing one folder at once, the second is refused while the first holds the lock', async () => {
    const root = project();
    const first = commitFiles(root, WRITES);
    const second = commitFiles(root, [{ path: 'other.txt', contents: Buffer.from('x') }]);
    const [one, two] = await Promise.allSettled([first, second]);
    expect(one.status).toBe('fulfilled');
    expect(two.status).toBe('rejected');
    expect(String((two as PromiseRejectedResult).reason)).toContain('Another create-fc-function run');
    expect(existsSync(join(root, 'other.txt'))).toBe(false);
    expect(existsSync(join(root, LOCK_NAME))).toBe(false);
  });

  it('a failed run removes only the folders it made that are still empty: a sibling project made meanwhile stays', async () => {
    const projects = join(scratchDir(), 'projects');
    const root = join(projects, 'x');
    const controller = new AbortController();
    const onStep = (step: string) => {
      if (step !== 'staged') return;
      // Another run finishes projects/y while this one, which made projects/, is writing.
      mkdirSync(join(projects, 'y'));
      writeFileSync(join(projects, 'y', 's.yaml'), 'theirs');
      controller.abort(new CancelledError('stop'));
    };
    await expect(commitFiles(root, WRITES, { signal: controller.signal, onStep })).rejects.toBeInstanceOf(CancelledError);
    expect(existsSync(root)).toBe(false);
    expect(readFileSync(join(projects, 'y', 's.yaml'), 'utf8')).toBe('theirs');
  });

  it('refuses a symlink that points nowhere, and leaves it', async () => {
    const root = project();
    symlinkSync('missing.env', join(root, '.env'));
    await expect(commitFiles(root, [{ path: '.env', contents: Buffer.from('x') }])).rejects.toThrow('.env is a symlink to missing.env, which does not exist: nothing was written.');
    expect(readlinkSync(join(root, '.env'))).toBe('missing.env');
  });

  it('refuses two writes that land on one file through a symlink', async () => {
    const root = project();
    symlinkSync('s.yaml', join(root, 'alias.yaml'));
    const before = snapshot(root);
    await expect(commitFiles(root, [{ path: 's.yaml', contents: Buffer.from('a') }, { path: 'alias.yaml', contents: Buffer.from('b') }])).rejects.toThrow('s.yaml and alias.yaml are the same file');
    expect(snapshot(root)).toEqual(before);
  });

  it.skipIf(!hasChattr)('a replacement that fails halfway (an immutable file) puts every replaced file back', async () => {
    const root = project();
    const before = snapshot(root);
    // Made immutable once everything is staged: only the renames meet it, after s.yaml is replaced.
    const immutable = join(root, 'src', 'run.sh');
    const onStep = (step: string) => step === 'staged' && execaSync('chattr', ['+i', immutable]);
    try {
      const failure = await commitFiles(root, WRITES, { onStep }).then(() => undefined, (error: unknown) => error);
      expect(failure).toBeInstanceOf(UserError);
      expect(String(failure)).toContain('Could not write src/run.sh: permission denied');
      expect(String(failure)).toContain('Nothing was written: every file is as it was.');
    } finally {
      execaSync('chattr', ['-i', immutable]);
    }
    expect(snapshot(root)).toEqual(before);
  });
});

describe.skipIf(!hasChattr)('commitFiles: when putting a file back fails too', () => {
  it('says which files wait in their .old copies, keeps the journal, and the next run puts them back', async () => {
    const root = project();
    const before = snapshot(root);
    const sYamlFolder = root;
    const immutable = join(root, 'src', 'run.sh');
    // s.yaml is replaced first; then run.sh cannot be (immutable), and s.yaml cannot be put back (its folder is immutable too).
    const onStep = (step: string, path?: string) => step === 'replacing' && path === immutable && execaSync('chattr', ['+i', immutable, sYamlFolder]);
    let failure: unknown;
    try {
      failure = await commitFiles(root, WRITES.slice(0, 2), { onStep }).then(() => undefined, (error: unknown) => error);
    } finally {
      execaSync('chattr', ['-i', immutable, sYamlFolder]);
    }
    expect(String(failure)).toContain('Could not write src/run.sh: permission denied');
    expect(String(failure)).toContain('Undoing failed too for s.yaml: their old bytes are kept beside them (*.old)');
    const journal = JSON.parse(readFileSync(join(root, LOCK_NAME), 'utf8')) as { phase: string; pid: number };
    expect(journal.phase).toBe('committing');
    // This process ends; the next run finds its pid gone.
    writeFileSync(join(root, LOCK_NAME), JSON.stringify({ ...journal, pid: 2 ** 22 + 1 }));
    recoverInterruptedRun(root);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('recoverInterruptedRun: a run killed outright is undone by the next one', () => {
  /** A journal as a killed run leaves it, with the files it names in the state of that phase. */
  function killedRun(phase: 'staging' | 'committing' | 'committed'): { root: string; before: Record<string, string> } {
    const root = project();
    const before = snapshot(root);
    const target = join(root, 's.yaml');
    const fresh = join(root, 'src', 'new.js');
    const entries = [
      { target, temporary: `${target}.cfc-1.tmp`, backup: `${target}.cfc-1.old` },
      { target: fresh, temporary: `${fresh}.cfc-1.tmp` },
    ];
    if (phase === 'staging') {
      writeFileSync(entries[0]!.temporary, 'new');
    } else {
      // s.yaml replaced (its old bytes aside), the new file renamed into place.
      writeFileSync(`${target}.cfc-1.old`, readFileSync(target));
      writeFileSync(target, 'new');
      writeFileSync(fresh, 'new');
    }
    // A pid no process has: the kernel's pid_max is below 2^22.
    writeFileSync(join(root, LOCK_NAME), JSON.stringify({ pid: 2 ** 22 + 1, run: 'killed', host: hostname(), phase, made: [], entries }));
    return { root, before };
  }

  it.each(['staging', 'committing'] as const)('killed while %s: the project is as it was before that run', (phase) => {
    const { root, before } = killedRun(phase);
    expect(recoverInterruptedRun(root)).toBe(2 ** 22 + 1);
    expect(snapshot(root)).toEqual(before);
  });

  it('killed after every file was in place: the files stay, only leftovers go', () => {
    const { root } = killedRun('committed');
    recoverInterruptedRun(root);
    expect(filesBelow(root)).toEqual(['s.yaml', 'src/new.js', 'src/run.sh']);
    expect(readFileSync(join(root, 's.yaml'), 'utf8')).toBe('new');
  });

  it('undoes only the folders the killed run made, one level each: an empty folder of a sibling project stays', () => {
    const projects = join(scratchDir(), 'projects');
    const root = join(projects, 'x');
    mkdirSync(join(projects, 'y', '.git', 'refs', 'tags'), { recursive: true });
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, LOCK_NAME), JSON.stringify({ pid: 2 ** 22 + 1, run: 'killed', host: hostname(), phase: 'staging', made: [projects, root, join(root, 'src')], entries: [] }));
    recoverInterruptedRun(root);
    expect(existsSync(join(root, 'src'))).toBe(false);
    expect(existsSync(join(projects, 'y', '.git', 'refs', 'tags'))).toBe(true);
  });

  it('refuses a lock of a run on another machine (a container sharing the folder): its pid cannot be asked', () => {
    const root = project();
    writeFileSync(join(root, LOCK_NAME), JSON.stringify({ pid: 2 ** 22 + 1, run: 'elsewhere', host: `not-${hostname()}`, phase: 'staging', made: [], entries: [] }));
    expect(() => recoverInterruptedRun(root)).toThrow('Another create-fc-function run');
  });

  it('refuses while the run that holds the lock is alive', () => {
    const root = project();
    writeFileSync(join(root, LOCK_NAME), JSON.stringify({ pid: process.ppid, run: 'other', host: hostname(), phase: 'staging', made: [], entries: [] }));
    expect(() => recoverInterruptedRun(root)).toThrow(`Another create-fc-function run (pid ${process.ppid}) is writing in ${root}`);
  });
});
