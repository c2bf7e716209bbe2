import { describe, expect, it } from 'vitest';
import { handledBy, invokeHandler, readSampleEvent, sampleEventFile, triggerIds } from './function-under-test';

const triggers = triggerIds();
// `none` accepts any event, so without it an unknown event is an error.
const acceptsAnything = triggers.includes('none');

describe('event handler', () => {
  it.each(triggers)('hands the %s sample event to that trigger', async (trigger) => {
    const result = await invokeHandler(readSampleEvent(sampleEventFile(trigger)));
    expect(handledBy(result)).toBe(trigger);
  });

  if (triggers.includes('tablestore')) {
    it('hands CBOR bytes to the tablestore trigger', async () => {
      const result = await invokeHandler(readSampleEvent('tablestore.cbor'));
      expect(handledBy(result)).toBe('tablestore');
    });
  }

  if (acceptsAnything) {
    it('hands an event no other trigger recognises to none', async () => {
      const result = await invokeHandler(Buffer.from('{"greeting":"hi"}'));
      expect(result).toEqual({ trigger: 'none', received: { greeting: 'hi' }, message: 'Hello, world!' });
    });

    it('hands a missing event to none, as a call without a payload', async () => {
      const result = await invokeHandler(undefined);
      expect(result).toEqual({ trigger: 'none', received: null, message: 'Hello, world!' });
    });
  } else {
    it('rejects an event no trigger recognises, naming the triggers it expected', async () => {
      const failure = invokeHandler(Buffer.from('{"greeting":"hi"}'));
      await expect(failure).rejects.toThrow('Unrecognised event');
      for (const trigger of triggers) await expect(failure).rejects.toThrow(trigger);
    });

    it.each([
      ['an empty event', Buffer.alloc(0)],
      ['a missing event', undefined],
    ])('rejects %s as unrecognised', async (_, event) => {
      await expect(invokeHandler(event)).rejects.toThrow('Unrecognised event');
    });
  }
});
