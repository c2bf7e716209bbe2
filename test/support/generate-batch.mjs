// Runs the built CLI's main() for many projects in one Node.js process: the integration tests
// generate hundreds of projects, and a process each would spend most of its time starting up.
// Usage: node generate-batch.mjs <runs.json> <results.json>, runs = [{cwd, args}].
import { readFileSync, writeFileSync } from 'node:fs';

const [runsFile, resultsFile] = process.argv.slice(2);
const runs = JSON.parse(readFileSync(runsFile, 'utf8'));
const { main } = await import(new URL('../../dist/cli.js', import.meta.url).href);

const results = [];
for (const { cwd, args } of runs) {
  const output = { stdout: '', stderr: '' };
  const { log, error } = console;
  const writeStderr = process.stderr.write.bind(process.stderr);
  console.log = (...parts) => (output.stdout += `${parts.join(' ')}\n`);
  console.error = (...parts) => (output.stderr += `${parts.join(' ')}\n`);
  // Yeoman's file log goes to stderr in --json mode.
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
