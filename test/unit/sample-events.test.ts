import { readdirSync, readFileSync } from 'node:fs';
import { decode } from 'cbor2';
import { describe, expect, it } from 'vitest';
import { TRIGGERS } from '../../generators/core/catalog/triggers/index.js';
import { sYamlObject } from '../../generators/core/s-yaml.js';
import { resolveProject } from '../../generators/core/validate.js';

const EVENTS = new URL('../../templates/events/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, EVENTS));

describe('sample events', () => {
  const files = TRIGGERS.flatMap((trigger) => trigger.sampleEvents as readonly string[]);

  it('are exactly the files the triggers name', () => {
    expect(readdirSync(EVENTS).sort()).toEqual([...files].sort());
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

