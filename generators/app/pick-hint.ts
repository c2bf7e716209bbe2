import { t } from '../core/i18n/index.js';
import { shellQuote } from '../core/reproduce.js';

/** "Pick it with --type event." for the flags that pick a recommendation's alternative. */
export function pickHint(flags: readonly string[]): string {
  return t('wizard.pickWith', { flags: flags.map(shellQuote).join(' ') });
}
