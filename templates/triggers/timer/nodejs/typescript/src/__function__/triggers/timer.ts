import { isObject, parseJsonOrText } from '../lib/json';

/** A timer trigger's event; `payload` is the trigger's configured message. */
export interface TimerEvent {
  triggerTime: string;
  triggerName: string;
  payload?: string;
}

export interface TimerResult {
  trigger: 'timer';
  triggerName: string;
  firedAt: string;
  payload: unknown;
}

export const id = 'timer';

/** Recognises a timer event: `{triggerTime, triggerName, payload?}`. */
export function decode(raw: Buffer, json: unknown): TimerEvent | undefined {
  return isTimerEvent(json) ? json : undefined;
}

function isTimerEvent(json: unknown): json is TimerEvent {
  return isObject(json) && typeof json.triggerTime === 'string' && typeof json.triggerName === 'string';
}

/** Reports which timer fired and when, with its configured payload (parsed when it is JSON). */
export function handle(event: TimerEvent): TimerResult {
  return {
    trigger: 'timer',
    triggerName: event.triggerName,
    firedAt: event.triggerTime,
    payload: typeof event.payload === 'string' ? parseJsonOrText(event.payload) : event.payload ?? null,
  };
}
