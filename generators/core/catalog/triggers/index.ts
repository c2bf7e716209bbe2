import { TRIGGER_FOLDERS } from '../../../../templates/triggers/index.js';
import { catalogText, t } from '../../i18n/index.js';
import { FC_VERSION_IDS, GENERATIONS, type FcVersion } from '../generations.js';
import { LANGUAGE_IDS, LANGUAGE_LABELS, type Language } from '../languages.js';
import { triggerText, type TriggerDefinition, type TriggerSetting } from './types.js';

export type { TriggerDefinition, TriggerSetting } from './types.js';

/** Every trigger, in the order handlers try them (templates/triggers/index.ts; `none` last: it accepts anything). */
export const TRIGGERS = TRIGGER_FOLDERS satisfies readonly TriggerDefinition[];

export type TriggerId = (typeof TRIGGERS)[number]['id'];
export const TRIGGER_IDS: readonly TriggerId[] = TRIGGERS.map((trigger) => trigger.id);

/** A path in a trigger's folder, relative to templates/: its code for a template folder (`nodejs/typescript`), its `events/…`. */
export function triggerFolderPath(id: TriggerId, path: string): string {
  return `triggers/${id}/${path}`;
}

/** The shared code folders (templates/shared/<name>) a function's triggers need, each once, in catalog order. */
export function sharedCodeOf(ids: readonly TriggerId[]): string[] {
  return [...new Set(sortTriggers(ids).flatMap((id) => triggerById(id).sharedCode ?? []))];
}

/** The catalog entry of a trigger id. */
export function triggerById(id: TriggerId): TriggerDefinition {
  const trigger: TriggerDefinition | undefined = TRIGGERS.find((candidate) => candidate.id === id);
  if (!trigger) throw new Error(`Unknown trigger ${id}`);
  return trigger;
}

/** Resolves an id or alias (`sls`, `cdn`, `ots`, `mns`) to the trigger id, or undefined. */
export function triggerIdFor(name: string): TriggerId | undefined {
  const wanted = name.trim().toLowerCase();
  const trigger: TriggerDefinition | undefined = TRIGGERS.find(
    (candidate) => candidate.id === wanted || (candidate.aliases as readonly string[]).includes(wanted),
  );
  return trigger?.id as TriggerId | undefined;
}

/** How many triggers one function may have (https://www.alibabacloud.com/help/en/functioncompute/manage-triggers). */
export const TRIGGERS_PER_FUNCTION = 10;

/**
 * The catalog trigger an s.yaml trigger is: its type, except that an `eventbridge` trigger reading
 * a message source (`eventSourceConfig.eventSourceType`, not `Default`) is that source's trigger.
 */
export function deployedTriggerId(type: string, eventSourceType?: string): TriggerId | undefined {
  if (type === 'eventbridge' && eventSourceType !== undefined && eventSourceType !== 'Default') {
    return (TRIGGERS as readonly TriggerDefinition[]).find((trigger) => trigger.eventSourceType === eventSourceType)?.id as TriggerId | undefined;
  }
  return triggerIdFor(type);
}

/** Triggers in catalog order. */
export function sortTriggers(ids: Iterable<TriggerId>): TriggerId[] {
  const set = new Set(ids);
  return TRIGGER_IDS.filter((id) => set.has(id));
}

/** What a choice of a `choice` setting means, in the run's language (`setting.<key>.<choice>`; every one has a message). */
export function settingChoiceLabel(setting: Pick<TriggerSetting, 'key'>, choice: string): string {
  const trigger = TRIGGERS.find((candidate) => candidate.settings.some((own) => own.key === setting.key));
  const shared = trigger?.settings.find((own) => own.key === setting.key)?.messageKey;
  const label = shared ? catalogText(shared.replace(/\.message$/, `.${choice}`)) : trigger && triggerText(trigger.messages).settings[setting.key]?.choices?.[choice];
  if (label === undefined) throw new Error(`No label for choice ${choice} of setting ${setting.key}`);
  return label;
}

/** Every per-trigger setting, with the trigger it belongs to. */
export const TRIGGER_SETTINGS: readonly (TriggerSetting & { trigger: TriggerId })[] = TRIGGERS.flatMap((trigger) =>
  // A spread would copy the message in the language of import time; the getter reads it when asked.
  (trigger.settings as readonly TriggerSetting[]).map((setting) => ({
    ...setting,
    trigger: trigger.id,
    get message() {
      return setting.message;
    },
  })),
);

/** Why a generation cannot create a trigger, or undefined where it can. */
export function triggerGenerationProblem(id: TriggerId, fcVersion: FcVersion): string | undefined {
  const trigger = triggerById(id);
  if (trigger.generations?.includes(fcVersion) ?? true) return undefined;
  const other = FC_VERSION_IDS.find((version) => trigger.generations?.includes(version));
  return t('trigger.notOnGeneration', { trigger: id, generation: GENERATIONS[fcVersion].label, reason: triggerText(trigger.messages).notOnGeneration ?? '', other: other ?? '-' });
}

/** Why a function's triggers cannot be written in a language: those whose folders have no code in it. */
export function triggerLanguageProblem(ids: readonly TriggerId[], language: Language): string | undefined {
  const without = ids.filter((id) => !triggerById(id).languages.includes(language));
  if (without.length === 0) return undefined;
  const everyOne = LANGUAGE_IDS.filter((candidate) => ids.every((id) => triggerById(id).languages.includes(candidate)));
  return t('language.triggersWithout', { triggers: without.join(', '), language: LANGUAGE_LABELS[language], languages: everyOne.map((candidate) => LANGUAGE_LABELS[candidate]).join(', ') || '-' });
}

/** What a trigger makes of its function in a generation: the HTTP trigger differs, every other one makes an event function. */
export function triggerMakes(trigger: TriggerDefinition, fcVersion: FcVersion): string {
  return trigger.functionType === 'http' ? GENERATIONS[fcVersion].httpTriggerMakes : t('trigger.makes.eventFunction');
}
