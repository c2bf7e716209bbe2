import { chmodSync, existsSync, readFileSync, readlinkSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_NAME } from '../../generators/write/project-lock.js';
import { chattrMissing, faultToolsMissing, inMountNamespace, journalWhen, LISTING, withSlowRenames } from '../support/disk-faults.js';
import { filesBelow, runCli, scratchDir } from '../support/cli.js';
import { toolchainTier } from '../support/tier.js';

const CREATE = ['--trigger', 'timer', '--yes', '--skip-install', '--no-git'];
const ADD = ['add', 'trigger', 'oss', '--oss-bucket', 'photos', '--yes'];

/** A project made by the tool, as a user has it before `add`. */
async function madeProject(): Promise<string> {
  const cwd = scratchDir();
  const made = await runCli(['x', ...CREATE], { cwd });
  expect(made.exitCode, made.stderr).toBe(0);
  return join(cwd, 'x');
}

/** Every file and folder below `root` with mode and bytes. */
function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(filesBelow(root).map((path) => [path, `${(statSync(join(root, path)).mode & 0o7777).toString(8)} ${readFileSync(join(root, path)).toString('base64')}`]));
}

// Immutable files need root: a tier of its own, named when it is skipped.
const immutableRuns = toolchainTier('chattr +i (root)', chattrMissing());

const leftovers = (root: string) => filesBelow(root).filter((path) => path.includes('.cfc-') || path.endsWith(LOCK_NAME));

describe('add keeps the project\'s own file as it is', () => {
  it('refuses a read-only s.yaml (chmod a-w), even to root, and leaves it as it was', async () => {
    const root = await madeProject();
    chmodSync(join(root, 's.yaml'), 0o444);
    const before = snapshot(root);
    const { exitCode, stderr } = await runCli(ADD, { cwd: root });
    expect(exitCode).toBe(1);
    expect(stderr).toContain('Nothing was written: s.yaml is not writable.');
    expect(snapshot(root)).toEqual(before);
  });

  it('writes through a symlinked s.yaml, which stays a symlink', async () => {
    const root = await madeProject();
    renameSync(join(root, 's.yaml'), join(root, 'config.yaml'));
    symlinkSync('config.yaml', join(root, 's.yaml'));
    const { exitCode, stderr } = await runCli(ADD, { cwd: root });
    expect(exitCode, stderr).toBe(0);
    expect(readlinkSync(join(root, 's.yaml'))).toBe('config.yaml');
    expect(readFileSync(join(root, 'config.yaml'), 'utf8')).toContain('photos');
  });

  it('keeps Latin-1 bytes and CRLF line endings: every line of the old s.yaml is still there, byte for byte', async () => {
    const root = await madeProject();
    const path = join(root, 's.yaml');
    // A comment saved by an editor in Latin-1 (é is one byte, 0xE9), on Windows.
    const old = Buffer.concat([Buffer.from('# r'), Buffer.from([0xe9]), Buffer.from('sum\u00e9\n', 'latin1'), readFileSync(path)]);
    const crlf = Buffer.from(old.toString('latin1').replaceAll('\n', '\r\n'), 'latin1');
    writeFileSync(path, crlf);
    const { exitCode, stderr } = await runCli(ADD, { cwd: root });
    expect(exitCode, stderr).toBe(0);
    const after = readFileSync(path).toString('latin1');
    expect(after).toContain('photos');
    expect(after).toMatch(/^# r\u00e9sum\u00e9\r\n/);
    expect(after.replaceAll('\r\n', '')).not.toContain('\n');
    const newLines = after.split('\r\n');
    let at = 0;
    for (const line of crlf.toString('latin1').split('\r\n')) {
      at = newLines.indexOf(line, at);
      expect(at, line).toBeGreaterThanOrEqual(0);
    }
  });
});

describe.runIf(toolchainTier('disk faults (a full tmpfs, a read-only mount, chattr +i, strace-slowed renames)', faultToolsMissing()))('faults while writing: afterwards the project is as it was, or complete, and the message says which', () => {
  it('create on a full disk writes nothing, leaves no folder, and says why in its own words', () => {
    const dir = scratchDir();
    const run = inMountNamespace(`mount -t tmpfs -o size=40k tmpfs ${dir}; cd ${dir}; set +e; node "$BIN" x ${CREATE.join(' ')}; echo "exit $?"; ${LISTING}`);
    expect(run.stderr).toMatch(/Could not write [^:]+: the disk is full \(ENOSPC\)\. Nothing was written: every file is as it was\./);
    expect(run.stdout.trim().split('\n')).toEqual(['exit 1']);
  });

  it('create --force into a folder on a full disk leaves the user\'s files as they were', () => {
    const dir = scratchDir();
    const run = inMountNamespace(`mount -t tmpfs -o size=40k tmpfs ${dir}; cd ${dir}; echo mine > notes.txt; echo 'own' > s.yaml; ${LISTING}; echo ---; set +e; node "$BIN" . --name x ${CREATE.join(' ')} --force; echo "exit $?"; ${LISTING}`);
    const [before, after] = run.stdout.split('---\n');
    expect(run.stderr).toContain('the disk is full (ENOSPC). Nothing was written: every file is as it was.');
    expect(after).toBe(`exit 1\n${before?.trimEnd()}`);
  });

  it.each([
    ['a full disk', 'head -c 10M /dev/zero > filler 2>/dev/null || true', 'the disk is full (ENOSPC)'],
    ['a read-only file system', 'mount -o remount,ro "$DIR"', 'the file system is read-only (EROFS). Nothing was written: every file is as it was.'],
    ...(immutableRuns ? [['an immutable s.yaml (chattr +i)', 'chattr +i s.yaml', 'Nothing was written: s.yaml is not writable.']] : []),
  ])('add on %s leaves every file as it was', (_label, fault, message) => {
    const dir = scratchDir();
    const run = inMountNamespace(`DIR=${dir}; mount -t tmpfs -o size=400k tmpfs ${dir}; cd ${dir}; node "$BIN" x ${CREATE.join(' ')} > /dev/null; cd x; ${fault}; ${LISTING}; echo ---; set +e; node "$BIN" ${ADD.join(' ')}; echo "exit $?"; ${LISTING}; chattr -i s.yaml 2>/dev/null || true`);
    const [before, after] = run.stdout.split('---\n');
    expect(run.stderr).toContain(message);
    expect(after).toBe(`exit 1\n${before?.trimEnd()}`);
  });

  describe('a signal while writing (renames slowed by strace, the signal sent at a step the lock journals)', () => {
    it('Ctrl-C while the files are staged: create exits 130, says nothing was written, and leaves no folder', async () => {
      const cwd = scratchDir();
      const run = withSlowRenames(['x', ...CREATE], cwd, 50);
      const journal = await journalWhen(join(cwd, 'x'), (each) => each.phase === 'staging' && each.entries.length >= 3);
      process.kill(journal.pid, 'SIGINT');
      const { exitCode, stderr } = await run;
      expect(exitCode, stderr).toBe(130);
      expect(stderr).toContain('Cancelled while writing the files: nothing was written, every file is as it was.');
      expect(existsSync(join(cwd, 'x'))).toBe(false);
    });

    it('Ctrl-C while add stages its files: exit 130, every file as it was', async () => {
      const root = await madeProject();
      const before = snapshot(root);
      const run = withSlowRenames(ADD, root, 50);
      const journal = await journalWhen(root, (each) => each.phase === 'staging' && each.entries.length >= 2);
      process.kill(journal.pid, 'SIGINT');
      const { exitCode, stderr } = await run;
      expect(exitCode, stderr).toBe(130);
      expect(stderr).toContain('Cancelled while writing the files: nothing was written, every file is as it was.');
      expect(snapshot(root)).toEqual(before);
    });

    it('Ctrl-C while the targets are replaced: the replacing finishes, the project is complete, and the output says so', async () => {
      const reference = await madeProject();
      const cwd = scratchDir();
      const run = withSlowRenames(['x', ...CREATE], cwd, 50);
      const journal = await journalWhen(join(cwd, 'x'), (each) => each.phase === 'committing');
      process.kill(journal.pid, 'SIGINT');
      const { exitCode, stdout, stderr } = await run;
      // The signal is heard once the last rename is done: the run either ends as usual or reports the complete project.
      if (exitCode === 0) expect(stdout).toContain('Next steps');
      else expect([exitCode, stderr]).toEqual([130, expect.stringContaining('Cancelled: the project files are in ./x')]);
      expect(snapshot(join(cwd, 'x'))).toEqual(snapshot(reference));
    });

    it('a run killed outright (SIGKILL) while replacing is undone by the next run, which then writes the whole project', async () => {
      const reference = await madeProject();
      const cwd = scratchDir();
      const killed = withSlowRenames(['x', ...CREATE], cwd, 50);
      const journal = await journalWhen(join(cwd, 'x'), (each) => each.phase === 'committing');
      await new Promise((done) => setTimeout(done, 175));
      process.kill(journal.pid, 'SIGKILL');
      await killed;
      expect(leftovers(join(cwd, 'x')).length).toBeGreaterThan(0);
      const again = await runCli(['x', ...CREATE], { cwd });
      expect(again.exitCode, again.stderr).toBe(0);
      expect(again.stdout).toContain(`A run that was killed while writing here (pid ${journal.pid}) has been undone`);
      expect(snapshot(join(cwd, 'x'))).toEqual(snapshot(reference));
    });

    it('add killed outright while replacing: the next add puts every file back first', async () => {
      const root = await madeProject();
      const before = snapshot(root);
      const killed = withSlowRenames(ADD, root, 50);
      const journal = await journalWhen(root, (each) => each.phase === 'committing');
      await new Promise((done) => setTimeout(done, 125));
      process.kill(journal.pid, 'SIGKILL');
      await killed;
      expect(snapshot(root)).not.toEqual(before);
      const dry = await runCli([...ADD, '--dry-run'], { cwd: root });
      expect(dry.exitCode, dry.stderr).toBe(0);
      expect(dry.stdout).toContain('has been undone');
      expect(snapshot(root)).toEqual(before);
    });

    it('two creates into one folder at once: one writes the whole project, the other is refused and writes nothing', async () => {
      const reference = await madeProject();
      const cwd = scratchDir();
      const runs = await Promise.all([withSlowRenames(['x', ...CREATE], cwd, 30), withSlowRenames(['x', ...CREATE], cwd, 30)]);
      const codes = runs.map((run) => run.exitCode).sort();
      expect(codes, runs.map((run) => run.stderr).join('\n')).toEqual([0, 1]);
      const refused = runs.find((run) => run.exitCode === 1);
      expect(refused?.stderr).toMatch(/Another create-fc-function run \(pid \d+\) is writing in|is not empty/);
      expect(snapshot(join(cwd, 'x'))).toEqual(snapshot(reference));
    });
  });
});
