/** Languages a function's code can be written in. */
export const LANGUAGE_IDS = ['javascript', 'typescript', 'python', 'java', 'go', 'php', 'csharp'] as const;
export type Language = (typeof LANGUAGE_IDS)[number];

export const LANGUAGE_LABELS: Record<Language, string> = {
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  python: 'Python',
  java: 'Java',
  go: 'Go',
  php: 'PHP',
  csharp: 'C#',
};
