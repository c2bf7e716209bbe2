import { describe, expect, it } from 'vitest';
import { UserError } from '../../generators/core/errors.js';
import { RULES } from '../../generators/core/catalog/rules.js';
import { TRIGGERS, type TriggerId } from '../../generators/core/catalog/triggers/index.js';
import { USE_CASES } from '../../generators/core/catalog/use-cases.js';
import { recommend, type RecommendationInput } from '../../generators/core/recommend.js';

const base: RecommendationInput = { triggers: [], useCases: [], fcVersion: '2' };
const rules = (input: Partial<RecommendationInput>) => recommend({ ...base, ...input }).reasons.map((reason) => reason.rule);

describe('recommend', () => {
  it('makes an HTTP function for the HTTP trigger alone', () => {
    const result = recommend({ ...base, triggers: ['http'] });
    expect(result.type).toBe('http');
    expect(result.functions).toEqual([{ type: 'http', triggers: ['http'] }]);
    expect(rules({ triggers: ['http'] })).toContain('http-trigger-only');
  });

  it.each(TRIGGERS.filter((trigger) => trigger.functionType === 'event').map((trigger) => trigger.id))(
    'makes an event function for the %s trigger',
    (id) => {
      const result = recommend({ ...base, triggers: [id] });
      expect(result.type).toBe('event');
      expect(result.functions).toEqual([{ type: 'event', triggers: [id] }]);
      expect(result.reasons.map((reason) => reason.rule)).toContain('event-triggers');
    },
  );

  it('puts all event triggers on one event function, in catalog order', () => {
    const result = recommend({ ...base, triggers: ['eventbridge', 'oss', 'timer'] });
    expect(result.functions).toEqual([{ type: 'event', triggers: ['timer', 'oss', 'eventbridge'] }]);
  });

  it('splits HTTP and other triggers into two functions in FC 2.0, and says why', () => {
    const result = recommend({ ...base, triggers: ['timer', 'http', 'oss'] });
    expect(result.type).toBe('split');
    expect(result.functions).toEqual([
      { type: 'http', triggers: ['http'] },
      { type: 'event', triggers: ['timer', 'oss'] },
    ]);
    expect(result.reasons.map((reason) => reason.rule)).toEqual(['http-trigger-only', 'event-triggers', 'fc2-http-exclusive']);
  });

  it('recommends one event function invoked by API when nothing is known', () => {
    const result = recommend(base);
    expect(result).toMatchObject({ type: 'event', functions: [{ type: 'event', triggers: ['none'] }], warnings: [] });
    expect(result.reasons[0]?.rule).toBe('no-signal');
  });

  it('drops the API-only pseudo trigger next to real event triggers, with the reason', () => {
    const result = recommend({ ...base, triggers: ['none', 'oss'] });
    expect(result.functions).toEqual([{ type: 'event', triggers: ['oss'] }]);
    expect(result.reasons.map((reason) => reason.rule)).toContain('api-always-available');
  });

  it.each(USE_CASES.map((useCase) => [useCase.id, useCase.trigger] as const))('derives the trigger from use case %s', (useCase, trigger) => {
    const result = recommend({ ...base, useCases: [useCase] });
    expect(result.functions.flatMap((fn) => fn.triggers)).toEqual([trigger]);
    expect(result.functions[0]?.type).toBe(trigger === 'http' ? 'http' : 'event');
    expect(result.reasons[0]).toEqual({ rule: 'use-case', message: expect.stringContaining(useCase) });
  });

  it('splits when use cases want both request/response access and events', () => {
    expect(recommend({ ...base, useCases: ['web-app', 'scheduled-job'] }).type).toBe('split');
  });

  it('lets named triggers win over use cases, and warns about the mismatch', () => {
    const result = recommend({ ...base, triggers: ['oss'], useCases: ['rest-api'] });
    expect(result.functions).toEqual([{ type: 'event', triggers: ['oss'] }]);
    expect(result.warnings).toEqual([expect.stringContaining('rest-api usually needs the http trigger')]);
  });

  it('does not warn about api-invocation next to an event function', () => {
    expect(recommend({ ...base, triggers: ['timer'], useCases: ['api-invocation'] }).warnings).toEqual([]);
  });

  it('warns about api-invocation when only an HTTP function is made', () => {
    expect(recommend({ ...base, triggers: ['http'], useCases: ['api-invocation'] }).warnings).toHaveLength(1);
  });

  it('gives every reason a known rule and a message', () => {
    const inputs: Partial<RecommendationInput>[] = [{}, { triggers: ['http', 'oss', 'none'] }, { useCases: ['messaging'] }, { type: 'http' }];
    for (const input of inputs) {
      for (const reason of recommend({ ...base, ...input }).reasons) {
        expect(Object.keys(RULES)).toContain(reason.rule);
        expect(reason.message.length).toBeGreaterThan(20);
      }
    }
  });

  describe('--type', () => {
    it('auto follows the recommendation', () => {
      expect(recommend({ ...base, triggers: ['http', 'oss'], type: 'auto' }).type).toBe('split');
    });

    it('http with no trigger makes an HTTP function with the HTTP trigger', () => {
      const result = recommend({ ...base, type: 'http' });
      expect(result.functions).toEqual([{ type: 'http', triggers: ['http'] }]);
      expect(result.reasons.map((reason) => reason.rule)).toContain('type-override');
    });

    it('event with no trigger makes an API-invoked event function', () => {
      expect(recommend({ ...base, type: 'event' }).functions).toEqual([{ type: 'event', triggers: ['none'] }]);
    });

    it.each<TriggerId>(['oss', 'timer', 'none'])('http conflicts with the %s trigger', (trigger) => {
      expect(() => recommend({ ...base, triggers: [trigger], type: 'http' })).toThrow(UserError);
      expect(() => recommend({ ...base, triggers: [trigger], type: 'http' })).toThrow(`--type http conflicts with --trigger ${trigger}`);
    });

    it('event conflicts with the HTTP trigger', () => {
      expect(() => recommend({ ...base, triggers: ['http', 'oss'], type: 'event' })).toThrow('--type event conflicts with --trigger http');
    });

    it('overrides triggers implied by use cases instead of failing, and warns', () => {
      const result = recommend({ ...base, useCases: ['rest-api'], type: 'event' });
      expect(result.functions).toEqual([{ type: 'event', triggers: ['none'] }]);
      expect(result.warnings).toEqual([expect.stringContaining('rest-api')]);
    });
  });

  describe('FC 3.0', () => {
    const fc3: RecommendationInput = { ...base, fcVersion: '3' };

    it('puts HTTP and the other triggers on one event function, says why, and names the web function', () => {
      const result = recommend({ ...fc3, triggers: ['oss', 'http', 'timer'] });
      expect(result.type).toBe('event');
      expect(result.functions).toEqual([{ type: 'event', triggers: ['http', 'timer', 'oss'] }]);
      expect(result.reasons.map((reason) => reason.rule)).toEqual(['event-triggers', 'fc3-http-event']);
      expect(result.alternatives).toEqual([
        { functions: [{ type: 'http', triggers: ['http'] }, { type: 'event', triggers: ['timer', 'oss'] }], reason: expect.objectContaining({ rule: 'web-function-alternative' }), flags: ['--runtime', 'custom.debian10'] },
      ]);
    });

    it('makes an event function with the HTTP trigger for a REST API, promising an HTTP event, not request/response objects', () => {
      const result = recommend({ ...fc3, useCases: ['rest-api'] });
      expect(result.functions).toEqual([{ type: 'event', triggers: ['http'] }]);
      const text = result.reasons.map((reason) => reason.message).join(' ');
      expect(text).toContain('HTTP event');
      expect(text).not.toMatch(/request and response objects|request\/response access/);
    });

    it.each(['web-app', 'framework-migration'] as const)('recommends a web function for %s, as FC 3.0 documents, with the event function as the alternative', (useCase) => {
      const result = recommend({ ...fc3, useCases: [useCase] });
      expect(result.functions).toEqual([{ type: 'http', triggers: ['http'] }]);
      expect(result.reasons.map((reason) => reason.rule)).toContain('web-function-use-case');
      expect(result.alternatives).toEqual([{ functions: [{ type: 'event', triggers: ['http'] }], reason: expect.objectContaining({ rule: 'event-function-alternative' }), flags: ['--type', 'event'] }]);
      // The alternative's flags really pick it.
      expect(recommend({ ...fc3, useCases: [useCase], type: 'event' }).functions).toEqual([{ type: 'event', triggers: ['http'] }]);
    });

    it('keeps the event function with the HTTP event for a web app on a built-in runtime the user named, offering the web function', () => {
      const result = recommend({ ...fc3, useCases: ['web-app'], customRuntime: false });
      expect(result.functions).toEqual([{ type: 'event', triggers: ['http'] }]);
      expect(result.alternatives[0]?.flags).toEqual(['--runtime', 'custom.debian10']);
    });

    it.each([['2'], ['3']] as const)('prints on FC %s only reasons true for it', (fcVersion) => {
      const inputs: Partial<RecommendationInput>[] = [{ triggers: ['http', 'oss'] }, { useCases: ['web-app'] }, { useCases: ['rest-api', 'scheduled-job'] }, { useCases: ['framework-migration'] }];
      const texts = inputs.flatMap((input) => recommend({ ...base, fcVersion, ...input }).reasons.map((reason) => reason.message));
      if (fcVersion === '3') {
        expect(texts.join(' ')).not.toMatch(/every trigger except HTTP|only HTTP functions give/);
      } else {
        expect(texts.join(' ')).not.toMatch(/HTTP event|web function/);
      }
    });

    it('does not warn about api-invocation: the event function with the HTTP trigger takes API calls too', () => {
      expect(recommend({ ...fc3, triggers: ['http'], useCases: ['api-invocation'] }).warnings).toEqual([]);
    });

    it('accepts --type event with the HTTP trigger', () => {
      expect(recommend({ ...fc3, triggers: ['http', 'log'], type: 'event' }).functions).toEqual([{ type: 'event', triggers: ['http', 'log'] }]);
    });

    it('makes --type http a web function: the HTTP trigger on a function of its own', () => {
      const result = recommend({ ...fc3, triggers: ['http'], type: 'http' });
      expect(result.functions).toEqual([{ type: 'http', triggers: ['http'] }]);
      expect(result.reasons.map((reason) => reason.rule)).toContain('web-function');
      expect(() => recommend({ ...fc3, triggers: ['http', 'oss'], type: 'http' })).toThrow('--type http conflicts with --trigger oss');
    });

    it('never offers the alternative on FC 2.0, where HTTP functions already give request and response', () => {
      expect(recommend({ ...base, useCases: ['web-app'] }).alternatives).toEqual([]);
    });
  });
});
