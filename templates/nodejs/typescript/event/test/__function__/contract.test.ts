import { describe, expect, it } from 'vitest';
import { decodeWith, invokeHandler, readContract, readSampleEvent, triggerIds } from './function-under-test';

// Every trigger of this function has a contract in contracts/<trigger>.json: events in, the result
// the handler must give, and events its decoder must leave to other triggers. This test runs the
// real handler on each, so a trigger's expected results live in one place for every language.

/** An event as a contract gives it: exactly one of these. */
interface ContractEvent {
  name: string;
  /** A sample event in events/. */
  eventFile?: string;
  /** A JSON value, sent as its JSON text. */
  event?: unknown;
  /** Text, sent as its UTF-8 bytes. */
  eventText?: string;
  /** Bytes in base64 (a binary event). */
  eventBase64?: string;
}

interface Contract {
  trigger: string;
  /** The results are HTTP responses whose JSON body is compared as the value it holds. */
  jsonBody?: boolean;
  cases: (ContractEvent & { result: unknown })[];
  rejects: ContractEvent[];
}

/** The bytes an event of a contract stands for. */
function eventBytes(entry: ContractEvent): Buffer {
  if (entry.eventFile !== undefined) return readSampleEvent(entry.eventFile);
  if (entry.eventText !== undefined) return Buffer.from(entry.eventText, 'utf8');
  if (entry.eventBase64 !== undefined) return Buffer.from(entry.eventBase64, 'base64');
  if ('event' in entry) return Buffer.from(JSON.stringify(entry.event), 'utf8');
  throw new Error(`Contract entry "${entry.name}" gives no event`);
}

/** An HTTP response with its JSON body parsed. */
function withJsonBody(response: { body: string }): unknown {
  return { ...response, body: JSON.parse(response.body) };
}

for (const trigger of triggerIds()) {
  const contract = readContract(trigger) as Contract;

  describe(`the ${trigger} trigger's contract (contracts/${trigger}.json)`, () => {
    it.each(contract.cases.map((entry) => [entry.name, entry] as const))('%s', async (_, entry) => {
      const result = await invokeHandler(eventBytes(entry));
      expect(contract.jsonBody ? withJsonBody(result) : result).toEqual(entry.result);
    });

    if (contract.rejects.length > 0) {
      it.each(contract.rejects.map((entry) => [entry.name, entry] as const))('leaves to other triggers: %s', async (_, entry) => {
        expect(await decodeWith(trigger, eventBytes(entry))).toBeUndefined();
      });
    }
  });
}
