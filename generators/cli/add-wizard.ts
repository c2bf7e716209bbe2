import pc from '../app/colors.js';
import { DEFAULT_REGION } from '../core/catalog/regions.js';
import { askQuestions, settingQuestion } from '../app/prompts.js';
import { TRIGGER_SETTINGS, TRIGGERS, type TriggerId } from '../core/catalog/triggers/index.js';
import { triggerRefusal } from '../core/add/rules.js';
import { FC2_SERVICE_SETTINGS, targetFunction } from '../core/add/plan-add.js';
import type { ExistingProject } from '../core/add/s-yaml-model.js';
import { t } from '../core/i18n/index.js';
import { parseTriggers } from '../core/questions/table.js';
import { listValues } from '../core/questions/values.js';
import type { RawAnswers } from '../core/validate.js';
import { inquirerAsk } from './inquirer-ask.js';

/** The answers `add function` fixes from the project: its wizard asks the rest of the create questions. */
function fixedByProject(project: ExistingProject, given: RawAnswers): RawAnswers {
  // FC 2.0 keeps these on the service the new function shares: not asked (given, `add` refuses them with why).
  const service = project.fcVersion === '2' ? Object.fromEntries(FC2_SERVICE_SETTINGS.filter((key) => given[key] === undefined).map((key) => [key, 'none'])) : {};
  return { fcVersion: project.fcVersion, directory: '.', region: DEFAULT_REGION, ci: 'none', install: false, git: false, ...service };
}

/**
 * The wizard of `add`: for a trigger, the function (when there are several), the trigger (those the
 * function cannot take are shown, disabled, with what to do instead) and its settings; for a
 * function, the create wizard's questions without the project's own.
 */
export async function askAdd(subject: 'trigger' | 'function', project: ExistingProject, given: RawAnswers, functionName: string | undefined, freeName: string): Promise<{ answers: RawAnswers; function?: string }> {
  const ask = await inquirerAsk();
  if (subject === 'function') {
    const fixed = fixedByProject(project, given);
    // The folder's name is the create wizard's default name, and here most likely taken.
    const answers = await askQuestions(ask, (text) => console.log(text), { ...given, ...fixed }, { force: true, base: process.cwd(), defaults: { name: freeName } });
    const own = Object.fromEntries(Object.entries(answers).filter(([key]) => !(key in fixed)));
    return { answers: own };
  }
  let name = functionName;
  if (name === undefined && project.functions.length > 1) {
    const choices = project.functions.map((fn) => ({ name: `${fn.name} ${pc.dim(`(${[fn.runtime ?? '?', ...fn.triggers.map((trigger) => trigger.type)].join(', ')})`)}`, value: fn.name }));
    name = await ask<string>('function', { type: 'select', message: t('add.pickFunction'), choices });
  }
  const fn = targetFunction(project, name);
  let triggers = parseTriggers(listValues(given.triggers)) as TriggerId[];
  if (triggers.length === 0) {
    const choices = TRIGGERS.filter((trigger) => trigger.id !== 'none').map((trigger) => {
      const refused = triggerRefusal(project.fcVersion, fn, trigger.id as TriggerId);
      return { name: `${trigger.label} ${pc.dim(`(${trigger.id})`)}`, value: trigger.id, ...(refused ? { disabled: refused.instead ? t('add.needsOwnFunction', { trigger: trigger.id }) : t('add.notOnGeneration', { fcVersion: project.fcVersion }) } : {}) };
    });
    // The ones it can take first, so the cursor starts on one; the others below say what to do instead.
    const ordered = [...choices.filter((choice) => !('disabled' in choice)), ...choices.filter((choice) => 'disabled' in choice)];
    triggers = [await ask<TriggerId>('triggers', { type: 'select', message: t('add.pickTrigger'), choices: ordered })];
  }
  const answers: RawAnswers = { ...given, triggers };
  for (const setting of TRIGGER_SETTINGS) {
    if (!triggers.includes(setting.trigger) || setting.flagOnly || given[setting.key] !== undefined) continue;
    answers[setting.key] = await ask(setting.key, settingQuestion(setting));
  }
  return { answers, function: fn.name };
}
