import { EN, type MessageKey } from './messages/en.js';

export type { MessageKey } from './messages/en.js';

/** The languages the tool speaks; ids are BCP 47 tags, as `--lang` takes them. */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** One language's messages, by key. */
export type Messages = Readonly<Record<MessageKey, string>>;

// English is always here; another language's file loads only for a run that speaks it (loadLocale).
const MESSAGES: Partial<Record<Locale, Messages>> = { en: EN };

/** Makes a language's messages available to setLocale. */
export function registerMessages(locale: Locale, messages: Messages): void {
  MESSAGES[locale] = messages;
}

/** Loads a language's message file, once. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (MESSAGES[locale]) return;
  // One branch per language, so a bundler sees each file.
  if (locale === 'zh-CN') registerMessages(locale, (await import('./messages/zh-CN.js')).ZH_CN);
}

// One language per run, like the terminal's colours: the shell sets it once, before it prints anything.
let current: Locale = 'en';

/** Sets the language of every message from now on. */
export function setLocale(locale: Locale): void {
  if (!MESSAGES[locale]) throw new Error(`The ${locale} messages are not loaded (loadLocale)`);
  current = locale;
}

/** The language messages are in. */
export function currentLocale(): Locale {
  return current;
}

/** Runs `work` with messages in `locale`, then restores the run's language: generated files are English whatever the run speaks. */
export function withLocale<T>(locale: Locale, work: () => T): T {
  const previous = current;
  setLocale(locale);
  try {
    return work();
  } finally {
    current = previous;
  }
}

/** Values put into a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills a message's `{name}` placeholders; a placeholder without a value is a bug, not a blank. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Message "${template}" needs {${name}}`);
    return String(value);
  });
}

/** A message in the current language. */
export function t(key: MessageKey, params?: MessageParams): string {
  return format((MESSAGES[current] ?? EN)[key], params);
}

/** Whether a text is a message key (catalog keys are built from ids, so they are checked when used). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(EN, key);
}

/** A message whose key is built from a catalog id, e.g. `trigger.oss.label`; an unknown key is a bug. */
export function catalogText(key: string, params?: MessageParams): string {
  if (!isMessageKey(key)) throw new Error(`No message ${key}`);
  return t(key, params);
}

/** The locale a `--lang` value or a POSIX locale (`zh_CN.UTF-8`, `zh-Hans`, `C`) names, if it is one we speak. */
export function matchLocale(value: string): Locale | undefined {
  const tag = value.split('.')[0]?.split('@')[0]?.replace('_', '-').toLowerCase() ?? '';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  return undefined;
}

/**
 * The language of a run: `--lang` when given, else the first of LC_ALL, LC_MESSAGES and LANG that
 * is set (POSIX's order), else English. An unknown environment locale falls back to English quietly.
 */
export function localeFromEnvironment(env: Readonly<Record<string, string | undefined>>): Locale {
  const setting = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return (setting && matchLocale(setting)) || 'en';
}

/** A label and its text: a space after an English colon, none after a full-width one (Chinese typography). */
export function labelled(label: string, text: string, style: (label: string) => string = (plain) => plain): string {
  return `${style(label)}${label.endsWith('：') ? '' : ' '}${text}`;
}

/** "a, b, and c" in the run's language (Intl's list of items). */
export function andList(items: readonly string[]): string {
  return new Intl.ListFormat(current, { type: 'conjunction' }).format(items);
}

/** "a, b or c" in the run's language (Intl's list of alternatives). */
export function orList(items: readonly string[]): string {
  return new Intl.ListFormat(current, { type: 'disjunction' }).format(items);
}
