import { cpSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TRIGGER_IDS, triggerById, triggerFolderPath, type TriggerId } from '../../generators/core/catalog/triggers/index.js';
import { scratchDir } from '../support/scratch.js';

// The catalog's order is the dispatch order: a generated event function tries its triggers' decoders
// in it, and the first that recognises an event handles it. Checked here at unit speed with the
// Node.js decoders themselves, on every trigger's sample events: a decoder that claims another
// trigger's events must come after it (eventbridge takes any CloudEvent, none takes anything).
const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
const FUNCTION = 'src/__function__';

interface Decoder {
  id: string;
  decode(raw: Buffer, json: unknown): unknown;
}

/** The Node.js decoders of every trigger and the libraries they use, laid out as a generated function has them. */
function loadDecoders(): { decoders: Map<TriggerId, Decoder>; parseJson: (text: string) => unknown } {
  const folder = scratchDir('cfc-dispatch-');
  const copy = (from: string) => existsSync(from) && cpSync(from, folder, { recursive: true });
  copy(join(TEMPLATES, 'nodejs', 'javascript', 'event', FUNCTION));
  for (const id of TRIGGER_IDS) copy(join(TEMPLATES, triggerFolderPath(id, 'nodejs/javascript'), FUNCTION));
  const load = createRequire(join(folder, 'index.js'));
  const decoders = new Map(TRIGGER_IDS.map((id) => [id, load(`./triggers/${id}`) as Decoder]));
  return { decoders, parseJson: (load('./lib/json') as { parseJson: (text: string) => unknown }).parseJson };
}

const { decoders, parseJson } = loadDecoders();
const samples = TRIGGER_IDS.flatMap((id) => triggerById(id).sampleEvents.map((file) => [id, file] as const));

describe('dispatch order (the catalog order) against every trigger\'s sample events', () => {
  it('has a decoder for every trigger in the catalog, under its own id', () => {
    for (const id of TRIGGER_IDS) expect(decoders.get(id)?.id, id).toBe(id);
  });

  it.each(samples)('%s: %s is claimed first by its own trigger\'s decoder', (id, file) => {
    const raw = readFileSync(join(TEMPLATES, triggerFolderPath(id, `events/${file}`)));
    const json = parseJson(raw.toString('utf8'));
    const first = TRIGGER_IDS.find((candidate) => decoders.get(candidate)?.decode(raw, json) !== undefined);
    expect(first, `the decoders tried before ${id}'s claim ${file}`).toBe(id);
  });

  it('would notice a decoder that claims too much placed too early', () => {
    // none (an API call: any payload) first: every other trigger's events would go to it.
    const wrong = ['none', ...TRIGGER_IDS.filter((id) => id !== 'none')] as TriggerId[];
    const misrouted = samples.filter(([id, file]) => {
      const raw = readFileSync(join(TEMPLATES, triggerFolderPath(id, `events/${file}`)));
      const json = parseJson(raw.toString('utf8'));
      return wrong.find((candidate) => decoders.get(candidate)?.decode(raw, json) !== undefined) !== id;
    });
    expect(misrouted.map(([id]) => id)).toEqual(samples.map(([id]) => id).filter((id) => id !== 'none'));
  });
});
