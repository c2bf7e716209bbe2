#!/usr/bin/env node
// Checked before anything else is loaded: on an old Node the imports below would crash unreadably.
const [major, minor] = process.versions.node.split('.').map(Number);
const supported = major === 20 ? minor >= 17 : major === 22 ? minor >= 9 : major > 22;
if (!supported) {
  console.error(`create-fc-function needs Node.js ^20.17.0 || >=22.9.0; this is v${process.versions.node}. Install a newer Node.js (FC's own nodejs20 matches).`);
  process.exit(1);
}

// No top-level await or newer syntax in this file, so that old Node versions reach the message above.
import('../dist/cli.js')
  .then(({ main }) => main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  });
