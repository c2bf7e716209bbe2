/**
 * English messages, by key. Keys name where a text is used; `{name}` marks a value put in.
 * Sections keep each area's keys together.
 */
export const EN = {
  // ---- section: questions and the command line ----
  'lang.invalid': 'Invalid --lang: {value}. Valid choices: {choices}.',

  // ---- section: catalogs and the recommendation ----
  'catalog.placeholder': 'placeholder',

  // ---- section: writing, checks and next steps ----
  'write.placeholder': 'placeholder',

  // ---- end of sections ----
} as const;

export type MessageKey = keyof typeof EN;
