import { familyOf } from '../core/catalog/families/index.js';
import { RUNTIMES } from '../core/catalog/runtimes.js';
import { FC_VERSION_IDS } from '../core/catalog/generations.js';
import { TRIGGERS, triggerMakes } from '../core/catalog/triggers/index.js';
import type { TriggerSetting } from '../core/catalog/triggers/types.js';
import { USE_CASES } from '../core/catalog/use-cases.js';
import { verificationOf } from '../core/catalog/verification.js';
import { visibleLength } from '../app/wrap.js';
import { choicesText, invalidValue } from '../core/errors.js';
import { catalogText, t } from '../core/i18n/index.js';
import { ALL_REGION_IDS, REGION_IDS } from '../core/catalog/regions.js';

export const LIST_SUBJECTS = ['runtimes', 'triggers', 'use-cases', 'regions'] as const;

type Row = Record<string, unknown> & { id: string };

/** The catalog rows `list` prints, as plain data. */
export function listRows(subject: string | undefined): Row[] {
  switch (subject) {
    case 'runtimes':
      return RUNTIMES.map((runtime) => ({
        id: runtime.id,
        label: runtime.label,
        family: runtime.family,
        languages: [...runtime.languages],
        fcVersions: [...runtime.generations],
        test: [...new Set(runtime.languages.map((language) => familyOf(runtime, language).test))],
        verification: verificationOf(runtime).level,
        verified: verificationOf(runtime).detail,
      }));
    case 'triggers':
      return TRIGGERS.map((trigger) => ({
        id: trigger.id,
        aliases: [...trigger.aliases],
        label: trigger.label,
        // The HTTP trigger makes an HTTP function on FC 2.0, and an event or web function on FC 3.0.
        ...Object.fromEntries(FC_VERSION_IDS.map((id) => [`fc${id}`, triggerMakes(trigger, id)])),
        summary: trigger.summary,
        flags: (trigger.settings as readonly TriggerSetting[]).map((setting) => `--${setting.flag}`),
      }));
    case 'use-cases':
      return USE_CASES.map((useCase) => ({ id: useCase.id, label: useCase.label, trigger: useCase.trigger }));
    case 'regions':
      return ALL_REGION_IDS.map((id) => ({ id, name: catalogText(`region.${id}`), ...Object.fromEntries(FC_VERSION_IDS.map((version) => [`fc${version}`, REGION_IDS[version].includes(id)])) }));
    default:
      throw invalidValue(t('list.subject'), subject ?? '', choicesText(LIST_SUBJECTS));
  }
}

// A sentence per row reads badly in an aligned table; `--json` has it.
const PROSE_COLUMNS = new Set(['verified']);

/** The rows as an aligned table. */
export function listText(rows: readonly Row[]): string {
  const columns = Object.keys(rows[0] ?? {}).filter((column) => !PROSE_COLUMNS.has(column));
  const cell = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value));
  // Padded by terminal columns: a Chinese character takes two.
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => visibleLength(cell(row[column])))));
  const line = (values: string[]) => values.map((value, index) => value + ' '.repeat(Math.max(0, (widths[index] ?? 0) - visibleLength(value)))).join('  ').trimEnd();
  return [line(columns), ...rows.map((row) => line(columns.map((column) => cell(row[column]))))].join('\n');
}
