import { shellQuote } from '../core/reproduce.js';

/** "Pick it with --type event." for the flags that pick a recommendation's alternative. */
export function pickHint(flags: readonly string[]): string {
  return `Pick it with ${flags.map(shellQuote).join(' ')}.`;
}
