import { isObject, parseJsonOrText } from '../lib/json';

/** An MQTT message as the trigger pushes it: `{props: {firstTopic, secondTopic, clientId}, body}`, or that as a CloudEvent's data. */
interface MqttPayload {
  props: { firstTopic: string; secondTopic?: unknown; clientId?: unknown };
  body?: unknown;
}

export interface MqttMessage {
  topic: string;
  clientId: string | null;
  body: unknown;
}

export interface MqttResult {
  trigger: 'mqtt';
  messages: MqttMessage[];
}

export const id = 'mqtt';

/**
 * Recognises a push of MQTT messages by their shape: FC's event page shows each as
 * `{props, body}`, and no document names the CloudEvent type that may wrap it, so a wrapped one is
 * recognised by its data.
 */
export function decode(raw: Buffer, json: unknown): MqttPayload[] | undefined {
  const items = Array.isArray(json) ? json : [json];
  const payloads = items.map((item) => (isObject(item) && typeof item.specversion === 'string' ? item.data : item));
  return payloads.length > 0 && payloads.every(isMqttPayload) ? payloads : undefined;
}

function isMqttPayload(payload: unknown): payload is MqttPayload {
  return isObject(payload) && isObject(payload.props) && typeof payload.props.firstTopic === 'string' && 'body' in payload;
}

/** Reports each message with its full topic (parent and sub-topic) and sender, its body parsed when it is JSON. */
export function handle(payloads: MqttPayload[]): MqttResult {
  return {
    trigger: 'mqtt',
    messages: payloads.map(({ props, body }) => ({
      topic: props.firstTopic + (typeof props.secondTopic === 'string' ? props.secondTopic : ''),
      clientId: typeof props.clientId === 'string' ? props.clientId : null,
      body: typeof body === 'string' ? parseJsonOrText(body) : (body ?? null),
    })),
  };
}
