import { referenceSkipNotice } from './reference.js';

/** Vitest global setup: the run-wide skip notices, once per run rather than once per test file. */
export default function globalNotices(): void {
  const notice = referenceSkipNotice();
  if (notice) process.stderr.write(`${notice}\n`);
}
