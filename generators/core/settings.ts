import { t } from './i18n/index.js';
import { choicesText, invalidValue } from './errors.js';
import type { TriggerSetting } from './catalog/triggers/types.js';
import { listValues } from './questions/values.js';
import { literalText } from './validators.js';
import { checked } from './questions/parsing.js';

/** Checks a per-trigger setting, returning its normalised value; every value goes into s.yaml, so none may hold a deploy-time expression. */
export function parseSetting(setting: TriggerSetting, value: string | readonly string[]): string | string[] {
  const flag = `--${setting.flag}`;
  if (setting.kind === 'list') {
    const items = listValues(value);
    if (items.length === 0) throw invalidValue(flag, value, `${t('setting.atLeastOne')}${setting.choices ? ` ${choicesText(setting.choices)}` : ''}`);
    for (const item of items) {
      checked(setting.flag, item, literalText);
      if (setting.choices && !setting.choices.includes(item)) throw invalidValue(flag, item, choicesText(setting.choices));
      checked(setting.flag, item, setting.check);
    }
    return items;
  }
  const single = typeof value === 'string' ? value : value.join(',');
  checked(setting.flag, single, literalText);
  if (setting.kind === 'choice' && setting.choices && !setting.choices.includes(single)) {
    throw invalidValue(flag, single, choicesText(setting.choices));
  }
  return checked(setting.flag, single, setting.check);
}
