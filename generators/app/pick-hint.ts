import { t } from '../core/i18n/index.js';
import { shellQuote } from '../core/reproduce.js';

/** "Pick it with --type event." for the flags that pick a recommendation's alternative. */
export function pickHint(flags: readonly string[]): string {
  return t('wizard.pickWith', { flags: flags.map(shellQuote).join(' ') });
}

/** "Pick it with npx create-fc-function …." for the complete flags of an alternative (already quoted). */
export function commandHint(flags: readonly string[]): string {
  return t('wizard.pickWith', { flags: ['npx create-fc-function', ...flags].join(' ') });
}
