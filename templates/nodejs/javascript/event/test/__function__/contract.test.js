import { describe, expect, it } from 'vitest';
import { decodeWith, invokeHandler, readContract, readSampleEvent, triggerIds } from './function-under-test';

/** The bytes an event of a contract stands for. */
function eventBytes(entry) {
  if (entry.eventFile !== undefined) return readSampleEvent(entry.eventFile);
  if (entry.eventText !== undefined) return Buffer.from(entry.eventText, 'utf8');
  if (entry.eventBase64 !== undefined) return Buffer.from(entry.eventBase64, 'base64');
  if ('event' in entry) return Buffer.from(JSON.stringify(entry.event), 'utf8');
  throw new Error(`Contract entry "${entry.name}" gives no event`);
}

/** An HTTP response with its JSON body parsed. */
function withJsonBody(response) {
  return { ...response, body: JSON.parse(response.body) };
}

for (const trigger of triggerIds()) {
  const contract = readContract(trigger);

  describe(`the ${trigger} trigger's contract (contracts/${trigger}.json)`, () => {
    it.each(contract.cases.map((entry) => [entry.name, entry]))('%s', async (_, entry) => {
      const result = await invokeHandler(eventBytes(entry));
      expect(contract.jsonBody ? withJsonBody(result) : result).toEqual(entry.result);
    });

    if (contract.rejects.length > 0) {
      it.each(contract.rejects.map((entry) => [entry.name, entry]))('leaves to other triggers: %s', async (_, entry) => {
        expect(await decodeWith(trigger, eventBytes(entry))).toBeUndefined();
      });
    }
  });
}
