import { referenceSkipNotice } from './reference.js';

/** Vitest global setup: the run-wide skip notices, once per run rather than once per test file. */
export default function globalNotices(): void {
  // Every tier (vitest project) asks; the notice is said once.
  if (process.env.CFC_TEST_NOTICES_SAID) return;
  process.env.CFC_TEST_NOTICES_SAID = '1';
  const notice = referenceSkipNotice();
  if (notice) process.stderr.write(`${notice}\n`);
}
