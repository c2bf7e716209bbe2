import { readdirSync, readFileSync } from 'node:fs';
import { decode } from 'cbor2';
import { describe, expect, it } from 'vitest';
import { triggerById, triggerFolderPath, TRIGGERS, type TriggerId } from '../../generators/core/catalog/triggers/index.js';
import { sYamlObject } from '../../generators/core/s-yaml.js';
import { resolveProject } from '../../generators/core/validate.js';

const TEMPLATES = new URL('../../templates/', import.meta.url);
const eventsOf = (id: string) => new URL(triggerFolderPath(id as TriggerId, 'events/'), TEMPLATES);
/** A sample event's bytes, from the folder of the trigger that names it. */
function read(file: string): Buffer {
  const trigger = TRIGGERS.find((candidate) => (candidate.sampleEvents as readonly string[]).includes(file));
  if (!trigger) throw new Error(`No trigger names ${file}`);
  return readFileSync(new URL(file, eventsOf(trigger.id)));
}

describe('sample events', () => {
  const files = TRIGGERS.flatMap((trigger) => trigger.sampleEvents as readonly string[]);

  it.each(TRIGGERS.map((trigger) => trigger.id))('the %s folder\'s events/ holds exactly the files its trigger names', (id) => {
    expect(readdirSync(eventsOf(id)).sort()).toEqual([...triggerById(id).sampleEvents].sort());
  });

  it('no two triggers name the same file (they share the project\'s events/)', () => {
    expect(new Set(files).size).toBe(files.length);
  });

  it.each(files.filter((file) => file.endsWith('.json')))('%s is valid JSON', (file) => {
    expect(() => JSON.parse(read(file).toString('utf8'))).not.toThrow();
  });

  it('tablestore.cbor holds the rows of tablestore.json, with 64-bit integers as CBOR integers', () => {
    const fromCbor = decode(read('tablestore.cbor')) as unknown;
    const normalised = JSON.parse(JSON.stringify(fromCbor, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value)));
    expect(normalised).toEqual(JSON.parse(read('tablestore.json').toString('utf8')));
    // 0x1b starts an unsigned 64-bit integer: how Tablestore encodes microsecond timestamps.
    expect(read('tablestore.cbor').includes(0x1b)).toBe(true);
  });

  describe('agree with the s.yaml that deploys their trigger', () => {
    const fc2Trigger = (id: string) => (sYamlObject(resolveProject({ name: 'x', triggers: [id] })) as any).services.x.props.triggers[0];
    const json = (file: string) => JSON.parse(read(file).toString('utf8'));

    it('timer: triggerName is the trigger\'s name', () => {
      expect(json('timer.json').triggerName).toBe(fc2Trigger('timer').name);
    });

    it('log: parameter is the trigger\'s functionParameter', () => {
      expect(json('log.json').parameter).toEqual(fc2Trigger('log').config.functionParameter);
    });

    it('cdn_events: the log file covers startTime to endTime, and the event comes after it', () => {
      const [event] = json('cdn_events.json').events;
      const { startTime, endTime, filePath } = event.eventParameter;
      // CDN names log files by their window in China Standard Time (UTC+8): <domain>_<yyyy_mm_dd>_<hhmm>_<hhmm>.gz.
      const cst = (seconds: number) => new Date((seconds + 8 * 3600) * 1000).toISOString();
      const name = (seconds: number) => cst(seconds).slice(11, 16).replace(':', '');
      expect(filePath).toContain(`_${cst(startTime).slice(0, 10).replaceAll('-', '_')}_${name(startTime)}_${name(endTime)}.gz`);
      expect(Date.parse(event.eventTime) / 1000).toBeGreaterThan(endTime);
      expect(event.eventParameter.domain).toBe(fc2Trigger('cdn_events').config.filter.domain[0]);
    });
  });
});

