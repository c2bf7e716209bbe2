/** Languages a function's code can be written in. */
export const LANGUAGE_IDS = ['javascript', 'typescript', 'python'] as const;
export type Language = (typeof LANGUAGE_IDS)[number];

export const LANGUAGE_LABELS: Record<Language, string> = {
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  python: 'Python',
};
