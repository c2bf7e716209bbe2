import { describe, expect, it } from 'vitest';
import { format, localeFromEnvironment, LOCALES, matchLocale, type Locale, type Messages } from '../../generators/core/i18n/index.js';
import { EN } from '../../generators/core/i18n/messages/en.js';
import { ZH_CN } from '../../generators/core/i18n/messages/zh-CN.js';

const MESSAGES: Record<Locale, Messages> = { en: EN, 'zh-CN': ZH_CN };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message files', () => {
  const english = MESSAGES.en;
  for (const locale of LOCALES) {
    it(`${locale} has every key, and only those, each non-empty with the same placeholders as English`, () => {
      const messages = MESSAGES[locale];
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(english[key as keyof typeof english]));
      }
    });
  }

  it('zh-CN is translated: no message other than ids and commands equals its English', () => {
    const untranslated = Object.entries(MESSAGES['zh-CN']).filter(([key, text]) => text === MESSAGES.en[key as keyof typeof MESSAGES.en] && /[a-z]{3,} [a-z]{3,}/i.test(text));
    expect(untranslated).toEqual([]);
  });
});

describe('zh-CN wording', () => {
  // FC's own Chinese docs call FC 2.0 and FC 3.0 versions (版本), not generations (代际); a choice is 仅…, not 只用….
  it.each([['代际', '版本'], ['只用', '仅']])('does not use %s (FC writes %s)', (word) => {
    const using = Object.entries(ZH_CN).filter(([, text]) => text.includes(word)).map(([key]) => key);
    expect(using).toEqual([]);
  });
});

describe('format', () => {
  it('fills placeholders and refuses a missing one', () => {
    expect(format('a {x} b {y}', { x: 1, y: 'z' })).toBe('a 1 b z');
    expect(() => format('a {x}', {})).toThrow(/needs \{x\}/);
  });
});

describe('the language of a run', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }, 'en'],
    [{ LANG: 'fr_FR.UTF-8' }, 'en'],
    [{ LANG: '', LC_MESSAGES: 'zh_SG' }, 'zh-CN'],
    [{}, 'en'],
  ])('%o → %s', (env, expected) => {
    expect(localeFromEnvironment(env)).toBe(expected);
  });

  it('reads --lang values as BCP 47 or POSIX tags', () => {
    expect(matchLocale('zh-CN')).toBe('zh-CN');
    expect(matchLocale('zh_CN.UTF-8')).toBe('zh-CN');
    expect(matchLocale('EN')).toBe('en');
    expect(matchLocale('de')).toBeUndefined();
  });
});
