import { isObject } from '../lib/json';

/** What an API/SDK call carried: its JSON parsed, other text as it is, null when empty. */
export interface Invocation {
  payload: unknown;
}

export interface NoneResult {
  trigger: 'none';
  received: unknown;
  message: string;
}

export const id = 'none';

/** Recognises anything: an API/SDK call carries whatever payload its caller chose (JSON, text, or nothing). */
export function decode(raw: Buffer, json: unknown): Invocation {
  if (json !== undefined) return { payload: json };
  const text = raw.toString('utf8');
  return { payload: text.trim() === '' ? null : text };
}

/** Greets the `name` the payload gives, or the world. */
export function handle({ payload }: Invocation): NoneResult {
  const name = isObject(payload) && typeof payload.name === 'string' && payload.name !== '' ? payload.name : 'world';
  return { trigger: 'none', received: payload, message: `Hello, ${name}!` };
}
