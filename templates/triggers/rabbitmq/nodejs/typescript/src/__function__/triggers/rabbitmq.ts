import { dataOf, pushedEventsOfType, subjectTail, type CloudEvent } from '../lib/cloud-events';
import { isObject, parseJsonOrText } from '../lib/json';

export interface RabbitmqMessage {
  queue: string | null;
  exchange: string | null;
  routingKey: string | null;
  deliveryTag: number | null;
  redelivered: boolean;
  messageId: string | null;
  body: unknown;
}

export interface RabbitmqResult {
  trigger: 'rabbitmq';
  messages: RabbitmqMessage[];
}

export const id = 'rabbitmq';

/** Recognises a push of RabbitMQ messages: CloudEvents of type `amqp:Queue:SendMessage`. */
export function decode(raw: Buffer, json: unknown): CloudEvent[] | undefined {
  return pushedEventsOfType(json, 'amqp:Queue:SendMessage');
}

/** Reports each message with its delivery details; a JSON body arrives parsed, a text body is parsed when it is JSON. */
export function handle(events: CloudEvent[]): RabbitmqResult {
  return {
    trigger: 'rabbitmq',
    messages: events.map((event) => {
      const data = dataOf(event);
      const envelope = isObject(data.envelope) ? data.envelope : {};
      const props = isObject(data.props) ? data.props : {};
      return {
        queue: subjectTail(event, 'queues/'),
        exchange: typeof envelope.exchange === 'string' ? envelope.exchange : null,
        routingKey: typeof envelope.routingKey === 'string' ? envelope.routingKey : null,
        deliveryTag: typeof envelope.deliveryTag === 'number' ? envelope.deliveryTag : null,
        redelivered: envelope.redeliver === true,
        messageId: typeof props.messageId === 'string' ? props.messageId : null,
        body: typeof data.body === 'string' ? parseJsonOrText(data.body) : (data.body ?? null),
      };
    }),
  };
}
