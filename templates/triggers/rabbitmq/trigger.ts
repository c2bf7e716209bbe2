import { mqInstanceId, mqName } from '../../../generators/core/validators.js';
import { defineTrigger, text } from '../../../generators/core/catalog/triggers/types.js';
import { messageSourceSpec, type MessageSource } from '../../../generators/core/catalog/triggers/message-source.js';
import { LANGUAGE_IDS } from '../../../generators/core/catalog/languages.js';
import { messages } from './messages.js';

// FC 3.0 API SourceRabbitMQParameters; fc3 and fc docs, triggers.md.
const source: MessageSource = {
  eventSourceType: 'RabbitMQ',
  prefix: { key: 'rabbitmq', flag: 'rabbitmq' },
  required: ['InstanceId', 'VirtualHostName', 'QueueName'],
  parameters: (values) => ({
    InstanceId: text(values, 'rabbitmqInstance'),
    VirtualHostName: text(values, 'rabbitmqVhost'),
    QueueName: text(values, 'rabbitmqQueue'),
  }),
};

const shared = messageSourceSpec(source);

export default defineTrigger(messages, {
  id: 'rabbitmq',
  aliases: ['amqp'],
  languages: LANGUAGE_IDS,
  claims: 'a push of CloudEvents of type `amqp:Queue:SendMessage`',
  gives: '`messages: [{queue, exchange, routingKey, deliveryTag, redelivered, messageId, body}]`',
  sampleEvents: ['rabbitmq.json'],
  ...shared,
  settings: [
    { key: 'rabbitmqInstance', flag: 'rabbitmq-instance', kind: 'text', default: 'amqp-cn-example', check: mqInstanceId },
    { key: 'rabbitmqVhost', flag: 'rabbitmq-vhost', kind: 'text', default: 'my-vhost', check: mqName },
    { key: 'rabbitmqQueue', flag: 'rabbitmq-queue', kind: 'text', default: 'my-queue', check: mqName },
    ...shared.settings,
  ],
  triggerName: 'rabbitmq-trigger',
});
