// Runs the built CLI's main() for many projects in one Node.js process: the integration tests
// generate hundreds of projects, and a process each would spend most of its time starting up.
// Usage: node generate-batch.mjs <package folder> <runs.json> <results.json>, runs = [{cwd, args}];
// the package folder is the installed tarball's, so the projects come from what is published.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [packageDir, runsFile, resultsFile] = process.argv.slice(2);
const runs = JSON.parse(readFileSync(runsFile, 'utf8'));
const { main } = await import(pathToFileURL(join(packageDir, 'dist', 'cli.js')).href);

const results = [];
for (const { cwd, args } of runs) {
  const output = { stdout: '', stderr: '' };
  const { log, error } = console;
  const writeStderr = process.stderr.write.bind(process.stderr);
  console.log = (...parts) => (output.stdout += `${parts.join(' ')}\n`);
  console.error = (...parts) => (output.stderr += `${parts.join(' ')}\n`);
  // Whatever a run writes straight to stderr is its own too.
  process.stderr.write = (chunk) => ((output.stderr += String(chunk)), true);
  process.chdir(cwd);
  try {
    results.push({ exitCode: await main(args), ...output });
  } finally {
    Object.assign(console, { log, error });
    process.stderr.write = writeStderr;
    // main() guards each run against stray prompt errors; one guard at a time is enough here.
    process.removeAllListeners('uncaughtException');
  }
}
writeFileSync(resultsFile, JSON.stringify(results));
