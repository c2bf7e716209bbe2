import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeFolderOf } from '../../generators/core/catalog/families/index.js';
import { LANGUAGE_IDS } from '../../generators/core/catalog/languages.js';
import { settingChoiceLabel, sharedCodeOf, TRIGGER_IDS, triggerById, triggerFolderPath, TRIGGERS, type TriggerId } from '../../generators/core/catalog/triggers/index.js';
import { eventBytes, eventForm, projectContract, type FolderContract, type ProjectContract } from '../../generators/core/contract.js';
import { LOCALES, withLocale } from '../../generators/core/i18n/index.js';
import { scratchDir } from '../support/scratch.js';

// Every trigger folder (templates/triggers/<id>/) checked at unit speed: it holds what its
// definition declares, its contract's events exist and are in a form every language reads, and in
// the catalog's order (the dispatch order) the Node.js decoders hand each contract event to the
// trigger whose contract it is: a decoder that claims another trigger's events must come after it.
const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
const FUNCTION = 'src/__function__';
const inFolder = (id: TriggerId, path: string) => join(TEMPLATES, triggerFolderPath(id, path));
const CODE_FOLDERS = [...new Set(LANGUAGE_IDS.map(codeFolderOf))];

/** A trigger folder's contract as the project gets it, its patched events written out. */
function contractOf(id: TriggerId): ProjectContract {
  const contract = JSON.parse(readFileSync(inFolder(id, 'contract.json'), 'utf8')) as FolderContract;
  return projectContract(id, contract, (file) => readFileSync(inFolder(id, `events/${file}`)));
}

const contracts = new Map(TRIGGER_IDS.map((id) => [id, contractOf(id)]));
const sampleOf = (id: TriggerId) => (file: string) => readFileSync(inFolder(id, `events/${file}`));

describe.each(TRIGGER_IDS)('the %s trigger folder', (id) => {
  const trigger = triggerById(id);

  it('is named by its trigger id and listed once in the ordered index', () => {
    expect(existsSync(inFolder(id, 'trigger.ts'))).toBe(true);
    expect(TRIGGER_IDS.filter((other) => other === id)).toHaveLength(1);
  });

  it('has code for exactly the languages it declares', () => {
    const declared = new Set(trigger.languages.map(codeFolderOf));
    for (const folder of CODE_FOLDERS) {
      const files = existsSync(inFolder(id, folder)) ? readdirSync(inFolder(id, folder), { recursive: true }) : [];
      expect(files.length > 0, `${folder}: ${declared.has(folder) ? 'declared but missing' : 'present but not declared'}`).toBe(declared.has(folder));
    }
  });

  it('says everything in every language: label, list name, summary, each setting and each choice', () => {
    for (const locale of LOCALES) {
      const text = trigger.messages[locale];
      for (const field of [text.label, text.inList, text.summary]) expect(field.trim(), locale).not.toBe('');
      // Its messages hold its own settings' questions; a shared one (a message source's batch size) is the tool's.
      const own = trigger.settings.filter((setting) => !setting.messageKey);
      expect(Object.keys(text.settings).sort(), locale).toEqual(own.map((setting) => setting.key).sort());
      for (const setting of own.filter((candidate) => candidate.kind === 'choice')) {
        expect(Object.keys(text.settings[setting.key]?.choices ?? {}).sort(), `${locale} ${setting.key}`).toEqual([...(setting.choices ?? [])].sort());
      }
      withLocale(locale, () => {
        for (const setting of trigger.settings) {
          expect(setting.message.trim(), `${locale} ${setting.key}`).not.toBe('');
          for (const choice of setting.kind === 'choice' ? (setting.choices ?? []) : []) expect(settingChoiceLabel(setting, choice).trim(), `${locale} ${setting.key} ${choice}`).not.toBe('');
        }
      });
      if (trigger.generations) expect(text.notOnGeneration?.trim(), `${locale}: why the other generations cannot create it`).toBeTruthy();
    }
  });

  it('has the shared code it names, in every language it declares', () => {
    for (const name of trigger.sharedCode ?? []) {
      for (const folder of trigger.languages.map(codeFolderOf)) {
        const path = join(TEMPLATES, 'shared', name, folder);
        expect(existsSync(path) && readdirSync(path, { recursive: true }).length > 0, `templates/shared/${name}/${folder}`).toBe(true);
      }
    }
  });

  it('has a contract with at least one case, each event in one form, each sample event it names in its events/', () => {
    const contract = contracts.get(id) as ProjectContract;
    expect(contract.cases.length).toBeGreaterThan(0);
    for (const entry of [...contract.cases, ...contract.rejects]) {
      const form = eventForm(entry, `${id} "${entry.name}"`);
      if (form === 'eventFile') expect(trigger.sampleEvents, entry.name).toContain(entry.eventFile);
    }
    expect(new Set(contract.cases.map((entry) => entry.name)).size, 'case names are unique').toBe(contract.cases.length);
  });

  it('covers each of its sample events with a case', () => {
    const covered = new Set((contracts.get(id) as ProjectContract).cases.map((entry) => entry.eventFile));
    for (const file of trigger.sampleEvents) expect(covered.has(file), file).toBe(true);
  });
});

interface Decoder {
  id: string;
  decode(raw: Buffer, json: unknown): unknown;
}

/** The Node.js decoders of every trigger and the libraries they use, laid out as a generated function has them. */
function loadDecoders(): { decoders: Map<TriggerId, Decoder>; parseJson: (text: string) => unknown } {
  const folder = scratchDir('cfc-dispatch-');
  const copy = (from: string) => existsSync(from) && cpSync(from, folder, { recursive: true });
  copy(join(TEMPLATES, 'nodejs', 'javascript', 'event', FUNCTION));
  for (const name of sharedCodeOf(TRIGGER_IDS)) copy(join(TEMPLATES, 'shared', name, 'nodejs/javascript', FUNCTION));
  for (const id of TRIGGER_IDS) copy(join(inFolder(id, 'nodejs/javascript'), FUNCTION));
  const load = createRequire(join(folder, 'index.js'));
  const decoders = new Map(TRIGGER_IDS.map((id) => [id, load(`./triggers/${id}`) as Decoder]));
  return { decoders, parseJson: (load('./lib/json') as { parseJson: (text: string) => unknown }).parseJson };
}

describe('dispatch order (templates/triggers/index.ts) against every trigger\'s contract events', () => {
  const { decoders, parseJson } = loadDecoders();
  const firstClaim = (order: readonly TriggerId[], raw: Buffer) => order.find((candidate) => decoders.get(candidate)?.decode(raw, parseJson(raw.toString('utf8'))) !== undefined);
  const cases = TRIGGER_IDS.flatMap((id) => (contracts.get(id) as ProjectContract).cases.map((entry) => [id, entry.name, eventBytes(entry, sampleOf(id))] as const));
  const rejects = TRIGGER_IDS.flatMap((id) => (contracts.get(id) as ProjectContract).rejects.map((entry) => [id, entry.name, eventBytes(entry, sampleOf(id))] as const));

  it('has a decoder for every trigger in the catalog, under its own id', () => {
    for (const id of TRIGGER_IDS) expect(decoders.get(id)?.id, id).toBe(id);
  });

  it.each(cases)('%s: "%s" is claimed first by its own trigger\'s decoder', (id, _, raw) => {
    expect(firstClaim(TRIGGER_IDS, raw), `the decoders tried before ${id}'s claim its event`).toBe(id);
  });

  it.each(rejects)('%s leaves "%s" to other triggers', (id, _, raw) => {
    expect(decoders.get(id)?.decode(raw, parseJson(raw.toString('utf8')))).toBeUndefined();
  });

  it('would notice a decoder that claims too much placed too early', () => {
    // none (an API call: any payload) first: every other trigger's events would go to it.
    const wrong = ['none', ...TRIGGER_IDS.filter((id) => id !== 'none')] as TriggerId[];
    const misrouted = cases.filter(([id, , raw]) => firstClaim(wrong, raw) !== id);
    expect(misrouted.map(([id]) => id)).toEqual(cases.map(([id]) => id).filter((id) => id !== 'none'));
  });

  it('names every trigger of the catalog in one folder each', () => {
    const folders = readdirSync(join(TEMPLATES, 'triggers'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.sort()).toEqual(TRIGGERS.map((trigger) => trigger.id).sort());
  });
});
